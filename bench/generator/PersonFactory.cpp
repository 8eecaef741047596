// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonFactory.h"

#include <QHash>
#include <QStringList>

#include <initializer_list>

namespace Balcao::Bench {

namespace {

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

// Lists run from the most to the least common (IBGE name statistics, roughly),
// because they are drawn with a skew toward the front.
const QStringList &femaleNames()
{
    static const QStringList names = utf8List(
        { "Maria",     "Ana",      "Francisca", "Antônia", "Adriana", "Juliana",   "Márcia",
          "Fernanda",  "Patrícia", "Aline",     "Sandra",  "Camila",  "Amanda",    "Bruna",
          "Jéssica",   "Letícia",  "Júlia",     "Luciana", "Vanessa", "Mariana",   "Gabriela",
          "Beatriz",   "Larissa",  "Raquel",    "Cláudia", "Daniela", "Renata",    "Simone",
          "Tatiane",   "Carolina", "Rafaela",   "Isabela", "Helena",  "Alice",     "Laura",
          "Valentina", "Sophia",   "Lívia",     "Manuela", "Luana",   "Priscila",  "Viviane",
          "Débora",    "Cristina", "Rosângela", "Elaine",  "Michele", "Natália",   "Paula",
          "Thaís",     "Carla",    "Sabrina",   "Kelly",   "Rita",    "Sônia",     "Lúcia",
          "Vera",      "Regina",   "Eliane",    "Fabiana", "Yasmin",  "Lorena",    "Heloísa",
          "Cecília",   "Giovanna", "Emanuelly", "Rebeca",  "Tainá",   "Jaqueline", "Ivone" });
    return names;
}

const QStringList &maleNames()
{
    static const QStringList names = utf8List(
        { "José",    "João",   "Antônio",  "Francisco",  "Carlos",   "Paulo",     "Pedro",
          "Lucas",   "Luiz",   "Marcos",   "Luís",       "Gabriel",  "Rafael",    "Daniel",
          "Marcelo", "Bruno",  "Eduardo",  "Felipe",     "Raimundo", "Rodrigo",   "Manoel",
          "Mateus",  "André",  "Fernando", "Fábio",      "Leonardo", "Gustavo",   "Guilherme",
          "Leandro", "Tiago",  "Anderson", "Ricardo",    "Márcio",   "Jorge",     "Alexandre",
          "Roberto", "Sérgio", "Vinícius", "Diego",      "Thiago",   "Miguel",    "Arthur",
          "Heitor",  "Davi",   "Bernardo", "Enzo",       "Samuel",   "Henrique",  "Caio",
          "Otávio",  "Igor",   "Renato",   "Wellington", "Cícero",   "Sebastião", "Edson",
          "Júlio",   "Murilo", "Vítor",    "Benedito",   "Joaquim",  "Ícaro" });
    return names;
}

// Two-part first names are common in Brazil and are used in full.
const QStringList &compoundNames(bool female)
{
    static const QStringList femaleCompounds
        = utf8List({ "Maria Eduarda", "Ana Clara", "Maria Clara", "Ana Luiza", "Maria Fernanda",
                     "Ana Paula", "Maria Luiza", "Ana Beatriz", "Maria Júlia", "Maria Alice",
                     "Ana Carolina", "Maria Cecília" });
    static const QStringList maleCompounds
        = utf8List({ "João Pedro", "Pedro Henrique", "João Vitor", "Luiz Felipe", "João Miguel",
                     "Carlos Eduardo", "José Carlos", "Luiz Carlos", "João Paulo", "Paulo Sérgio",
                     "Marcos Vinícius", "Luiz Henrique" });
    return female ? femaleCompounds : maleCompounds;
}

const QStringList &surnames()
{
    static const QStringList names = utf8List(
        { "Silva",   "Santos",     "Oliveira", "Souza",      "Rodrigues", "Ferreira", "Alves",
          "Pereira", "Lima",       "Gomes",    "Costa",      "Ribeiro",   "Martins",  "Carvalho",
          "Almeida", "Lopes",      "Soares",   "Fernandes",  "Vieira",    "Barbosa",  "Rocha",
          "Dias",    "Nascimento", "Andrade",  "Moreira",    "Nunes",     "Marques",  "Machado",
          "Mendes",  "Freitas",    "Cardoso",  "Ramos",      "Gonçalves", "Santana",  "Teixeira",
          "Araújo",  "Pinto",      "Correia",  "Cavalcanti", "Moura",     "Monteiro", "Castro",
          "Campos",  "Batista",    "Barros",   "Farias",     "Melo",      "Reis",     "Azevedo",
          "Cunha",   "Pires",      "Miranda",  "Borges",     "Fonseca",   "Xavier",   "Coelho",
          "Sampaio", "Brito",      "Nogueira", "Duarte",     "Conceição", "Jesus",    "Paula",
          "Cruz",    "Siqueira",   "Bezerra",  "Tavares",    "Macedo",    "Peixoto",  "Queiroz",
          "Sales",   "Guimarães",  "Medeiros", "Leite",      "Aguiar",    "Rezende",  "Vasconcelos",
          "Bastos" });
    return names;
}

// The particle some surnames often carry: "João dos Santos", "Ana da Silva".
QString particleFor(const QString &surname)
{
    static const QHash<QString, QString> particles = [] {
        QHash<QString, QString> map;
        const QStringList da
            = utf8List({ "Silva", "Costa", "Cruz", "Conceição", "Rocha", "Cunha", "Fonseca" });
        const QStringList de
            = utf8List({ "Souza", "Oliveira", "Jesus", "Paula", "Almeida", "Freitas", "Melo",
                         "Andrade", "Carvalho", "Moura", "Lima", "Castro", "Barros" });
        for (const QString &s : da)
            map.insert(s, QStringLiteral("da"));
        for (const QString &s : de)
            map.insert(s, QStringLiteral("de"));
        map.insert(QStringLiteral("Santos"), QStringLiteral("dos"));
        map.insert(QStringLiteral("Reis"), QStringLiteral("dos"));
        map.insert(QStringLiteral("Neves"), QStringLiteral("das"));
        return map;
    }();
    return particles.value(surname);
}

// Area codes, repeated by weight: the business is in São Paulo, Campinas and
// Recife, so their codes dominate and the rest of the country is rarer.
const QStringList &areaCodes()
{
    static const QStringList codes
        = utf8List({ "11", "11", "11", "11", "11", "11", "11", "11", "19", "19", "19",
                     "81", "81", "81", "13", "12", "15", "21", "21", "31", "41", "51",
                     "61", "71", "85", "27", "48", "62", "92", "83", "84", "82" });
    return codes;
}

const QStringList &emailDomains()
{
    static const QStringList domains = utf8List(
        { "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "icloud.com", "uol.com.br",
          "bol.com.br", "terra.com.br", "live.com", "globo.com", "ig.com.br" });
    return domains;
}

const QStringList &notes()
{
    static const QStringList list
        = utf8List({ "Prefere horários pela manhã.",
                     "Alérgica a amônia: usar coloração sem amônia.",
                     "Cabelo cacheado, corte a seco.",
                     "Pele sensível, testar produtos antes.",
                     "Indicação de outra cliente.",
                     "Prefere não conversar durante o atendimento.",
                     "Paga sempre por PIX.",
                     "Vem com o filho pequeno: separar cadeira infantil.",
                     "Aniversário em março: enviar cupom.",
                     "Cliente VIP: oferecer café.",
                     "Costuma atrasar; confirmar na véspera.",
                     "Usa aparelho auditivo, falar de frente.",
                     "Só atende com a mesma profissional.",
                     "Gestante: evitar procedimentos químicos.",
                     "Prefere contato por WhatsApp.",
                     "Tem cachorro de porte médio (banho e tosa quinzenal).",
                     "Não usar lâmina: irritação na pele.",
                     "Pediu nota fiscal com CPF.",
                     "Cadeirante: reservar a estação 1.",
                     "Prefere esmaltes em tons claros." });
    return list;
}

} // namespace

QString asciiFolded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

PersonFactory::PersonFactory(quint64 seed, std::string_view stream)
    : m_random(seed, stream)
{ }

PersonFactory::Name PersonFactory::name()
{
    const bool female = m_random.chance(550); // salons see more women than men
    QString first = m_random.chance(150)
        ? m_random.pickSkewed(compoundNames(female))
        : m_random.pickSkewed(female ? femaleNames() : maleNames());
    QStringList parts { first };
    const int surnameCount = m_random.chance(250) ? 1 : (m_random.chance(870) ? 2 : 3);
    QString last;
    for (int i = 0; i < surnameCount; ++i) {
        QString surname = m_random.pickSkewed(surnames());
        if (parts.contains(surname))
            surname = m_random.pick(surnames()); // "Silva Silva" is rare: draw again, flat
        const QString particle = particleFor(surname);
        if (!particle.isEmpty() && m_random.chance(400))
            parts << particle;
        parts << surname;
        last = surname;
    }
    return Name { first.section(QLatin1Char(' '), 0, 0), last, parts.join(QLatin1Char(' ')) };
}

QString PersonFactory::uniqueMobile()
{
    for (;;) {
        const QString area = m_random.pick(areaCodes());
        // Brazilian mobiles: a leading 9 and 8 digits, the first of them 6 to 9.
        const qint64 number = m_random.between(6000'0000, 9999'9999);
        const quint64 key
            = area.toULongLong() * 1'000'000'000ull + 900'000'000ull + static_cast<quint64>(number);
        if (m_phones.contains(key))
            continue;
        m_phones.insert(key);
        const QString digits = QString::number(number);
        return QStringLiteral("+55 %1 9%2-%3").arg(area, digits.left(4), digits.mid(4));
    }
}

QString PersonFactory::personalEmail(const Name &name)
{
    const QString first = asciiFolded(name.first);
    const QString last = asciiFolded(name.surname);
    QString local;
    switch (m_random.below(6)) {
    case 0:
        local = first + QLatin1Char('.') + last;
        break;
    case 1:
        local = first + last + QString::number(m_random.between(1, 99));
        break;
    case 2:
        local = first + QLatin1Char('_') + last;
        break;
    case 3:
        local = first + last.left(1) + QString::number(m_random.between(1960, 2006));
        break;
    case 4:
        local = first.left(1) + last;
        break;
    default:
        local = first + QLatin1Char('.') + last + QString::number(m_random.between(1, 999));
        break;
    }
    // Typed as people type them; the service stores them lower-case.
    if (m_random.chance(50))
        local[0] = local.at(0).toUpper();
    return local + QLatin1Char('@') + m_random.pickSkewed(emailDomains());
}

QString PersonFactory::note()
{
    QString text = m_random.pick(notes());
    if (m_random.chance(150))
        text += QLatin1Char(' ') + m_random.pick(notes());
    return text;
}

Person PersonFactory::client()
{
    Person person;
    const Name n = name();
    person.name = n.full;
    if (m_random.chance(970))
        person.phone = uniqueMobile();
    if (m_random.chance(700))
        person.email = personalEmail(n);
    if (m_random.chance(80))
        person.notes = note();
    return person;
}

Person PersonFactory::staffMember(const QString &emailDomain)
{
    Person person;
    const Name n = name();
    person.name = n.full;
    person.phone = uniqueMobile();
    person.email = asciiFolded(n.first) + QLatin1Char('.') + asciiFolded(n.surname)
        + QLatin1Char('@') + emailDomain;
    return person;
}

} // namespace Balcao::Bench
