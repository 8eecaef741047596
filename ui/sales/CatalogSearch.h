// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace Balcao {

class LocalStore;

// The checkout's search field: products by name, SKU or barcode and the
// catalog's services by name, listed while typing. The cursor keys move the
// highlight without leaving the field; Enter takes the highlighted one, or
// the product whose code was typed in full. Esc empties the field.
class CatalogSearch : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxResults = 8;

    CatalogSearch(LocalStore &store, const Id &locationId, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    // Reads the catalog again for the current text.
    void refresh();
    void clear();
    void retranslate();

signals:
    void productChosen(const Balcao::Id &productId);
    void serviceChosen(const Balcao::Id &serviceId);
    // Enter on a text that is nothing in the catalog.
    void notFound(const QString &message);
    // Down with nothing listed: the cursor goes on to the cart.
    void leaveDown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void moveHighlight(int delta);

    LocalStore &m_store;
    Id m_locationId;
    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace Balcao
