// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBusiness.h"

#include "clients/ClientService.h"
#include "storage/LocalStore.h"

#include <QStringList>

namespace Balcao {

namespace {

// Common Brazilian first names and surnames: the first market, and names
// with accents exercise search and sorting.
const QStringList kFirstNames = {
    QStringLiteral("Ana"),      QStringLiteral("Bruno"),   QStringLiteral("Camila"),
    QStringLiteral("Diego"),    QStringLiteral("Eduarda"), QStringLiteral("Felipe"),
    QStringLiteral("Gabriela"), QStringLiteral("Heitor"),  QStringLiteral("Isabela"),
    QStringLiteral("João"),     QStringLiteral("Larissa"), QStringLiteral("Marcos"),
    QStringLiteral("Natália"),  QStringLiteral("Otávio"),  QStringLiteral("Patrícia"),
    QStringLiteral("Rafael"),   QStringLiteral("Sofia"),   QStringLiteral("Thiago"),
    QStringLiteral("Vitória"),  QStringLiteral("Lucas"),
};
const QStringList kSurnames = {
    QStringLiteral("Silva"),   QStringLiteral("Santos"),    QStringLiteral("Oliveira"),
    QStringLiteral("Souza"),   QStringLiteral("Rodrigues"), QStringLiteral("Ferreira"),
    QStringLiteral("Alves"),   QStringLiteral("Pereira"),   QStringLiteral("Lima"),
    QStringLiteral("Gomes"),   QStringLiteral("Costa"),     QStringLiteral("Ribeiro"),
    QStringLiteral("Martins"), QStringLiteral("Carvalho"),  QStringLiteral("Araújo"),
    QStringLiteral("Melo"),    QStringLiteral("Barbosa"),
};
// Area codes of six big cities, so a search by "11" or "21" finds a group.
const QStringList kAreaCodes = { QStringLiteral("11"), QStringLiteral("21"), QStringLiteral("31"),
                                 QStringLiteral("41"), QStringLiteral("51"), QStringLiteral("61") };
const QStringList kNotes = {
    QStringLiteral("Prefere horários pela manhã."),
    QStringLiteral("Alergia a amônia: usar coloração sem amônia."),
    QStringLiteral("Cliente desde 2019."),
    QStringLiteral("Gosta de café sem açúcar."),
};

QString asciiFolded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace

Result<int> seedDemoClients(LocalStore &store, int count)
{
    ClientService clients(store);
    return store.transact([&]() -> Result<int> {
        for (int i = 0; i < count; ++i) {
            // Steps coprime with the list sizes walk every combination
            // before repeating, so names stay varied for large counts.
            const QString &first = kFirstNames.at(i % kFirstNames.size());
            const QString &surname
                = kSurnames.at((i * 7 + i / kFirstNames.size()) % kSurnames.size());
            ClientDraft draft;
            draft.name = first + QLatin1Char(' ') + surname;
            const int subscriber = 90000000 + (i * 7919) % 10000000;
            draft.phone = QStringLiteral("+55 %1 9%2-%3")
                              .arg(kAreaCodes.at(i % kAreaCodes.size()))
                              .arg(subscriber / 10000 % 10000, 4, 10, QLatin1Char('0'))
                              .arg(subscriber % 10000, 4, 10, QLatin1Char('0'));
            // Every third client has no e-mail, as at a real front desk.
            if (i % 3 != 2)
                draft.email = asciiFolded(first) + QLatin1Char('.') + asciiFolded(surname)
                    + (i >= kFirstNames.size() ? QString::number(i) : QString())
                    + QStringLiteral("@example.com");
            if (i % 5 == 0)
                draft.notes = kNotes.at(i / 5 % kNotes.size());
            if (auto created = clients.create(draft); !created)
                return created.error();
        }
        return count;
    });
}

} // namespace Balcao
