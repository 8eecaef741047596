// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Balcao {

// A product's barcodes: scan or type one and press Enter (or Add); select
// one and press Delete (or Remove). A code is checked by Barcode as it is
// added (a wrong EAN check digit is refused with its message); the catalog
// checks them all again when the product is saved.
class BarcodeListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BarcodeListEditor(QWidget *parent = nullptr);

    void setCodes(const QStringList &codes);
    // The listed codes, and the one typed but not added yet (so that saving
    // never silently drops it: the catalog judges it).
    QStringList codes() const;
    QLineEdit *codeField() const { return m_code; }
    QListWidget *list() const { return m_list; }

public slots:
    bool addTyped();
    void removeSelected();

signals:
    // A code was refused; the message is Barcode's.
    void refused(const QString &message);
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_code = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Balcao
