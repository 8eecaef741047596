// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/BookingPrefill.h"
#include "common/Id.h"
#include "shell/ListPageFrame.h"
#include "shell/SearchField.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Balcao {

class ClientDetailPanel;
class ClientListModel;
class FormMessage;
class LocalStore;
struct Error;

// The clients area: a search that filters while typing, the matching
// clients, and a form to create, edit and delete one. Every check and every
// write is ClientService's; the page shows its translated errors next to
// the form and changes nothing when there is one.
// Keyboard: Ctrl+N new, Ctrl+S save, Ctrl+F search, Delete (in the list)
// deletes after a confirmation, Down from the search goes to the list,
// Enter in the list goes to the form. The client's page (Ctrl+I, or a
// double-click in the list) shows their metrics and history; Esc returns.
class ClientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsPage(LocalStore &store, QWidget *parent = nullptr);

    ClientListModel *model() const { return m_model; }
    // The client in the form; null while the form holds a new one.
    const Id &editedClient() const { return m_editing; }
    ClientDetailPanel *clientPanel() const { return m_panel; }
    bool isShowingClientPage() const;

public slots:
    void newClient();
    void save();
    void deleteClient();
    void focusSearch();
    // Reads the list again (after a sync brought changes); the form and the
    // current search are kept.
    void reload();
    // The client's page: contact, metrics, history (from the agenda too).
    void showClient(const Balcao::Id &clientId);
    void openClientPage();
    void showList();

signals:
    // A client was created, edited or deleted (the status bar recounts).
    void clientsChanged();
    // "Book again" / "Next free slot" on the client's page.
    void bookingRequested(const Balcao::BookingPrefill &prefill);
    void checkoutRequested(const Balcao::Id &clientId);
    // A purchase on the client's page was opened: show that sale.
    void saleRequested(const Balcao::Id &saleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void setUpShortcuts();
    void retranslate();
    void applySearch();
    void showSelected();
    void loadForm(const Id &id, const QString &name, const QString &phone, const QString &email,
                  const QString &notes);
    void select(const Id &id);
    void focusFieldFor(const Error &error);
    void updateCounts();

    LocalStore &m_store;
    ClientListModel *m_model = nullptr;
    Id m_editing;
    bool m_selecting = false;

    ListPageFrame m_frame;
    SearchField *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_openPage = nullptr;
    QStackedWidget *m_views = nullptr;
    QWidget *m_listView = nullptr;
    QWidget *m_clientPage = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_edit = nullptr;
    ClientDetailPanel *m_panel = nullptr;
};

} // namespace Balcao
