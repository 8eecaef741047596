// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Product.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Balcao {

class LocalStore;

// A field that finds one product: typing lists matches by name or SKU under
// it (pick with the arrows and Enter), and Enter on a scanned barcode, a SKU
// or an exact name takes that product at once, as a scanner (a keyboard
// wedge ending with Enter) expects. What is not found is said with the
// catalog's message.
class ProductSearchField : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kMaxMatches = 12;

    explicit ProductSearchField(LocalStore &store, QWidget *parent = nullptr);

    // Returns without receipt may bring back products no longer sold.
    void setIncludeInactive(bool include) { m_includeInactive = include; }

public slots:
    // Looks the text up as a scanner's code or a typed name (what Enter does).
    void lookUp();

signals:
    void productPicked(const Balcao::Product &product);
    void notFound(const QString &message);

private:
    void refreshMatches(const QString &text);
    void pick(const Id &productId);

    LocalStore &m_store;
    QStandardItemModel *m_matches = nullptr;
    QCompleter *m_completer = nullptr;
    bool m_includeInactive = false;
    // Set while a pick from the list is followed by the completer's own
    // work (writing the pick's text, passing the Enter on).
    bool m_justPicked = false;
};

} // namespace Balcao
