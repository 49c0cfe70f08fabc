#include "StaticHostResolver.h"

#include <QFile>
#include <QRegularExpression>

void StaticHostResolver::add(const QString &name, const QHostAddress &address) {
    QVector<QHostAddress> &list = m_names[name.toLower()];
    if (!address.isNull())
        list.append(address);
}

bool StaticHostResolver::loadHostsFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        const int hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        const QStringList words = line.split(blanks, Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        const QHostAddress address(words.first());
        for (int i = 1; i < words.size(); ++i) {
            // "@local" (never a host name) marks an address of this host.
            if (words.at(i) == QLatin1String("@local"))
                addLocalAddress(address);
            else
                add(words.at(i), address); // an unparsable address: a name that does not resolve
        }
    }
    return true;
}

std::optional<QVector<QHostAddress>> StaticHostResolver::addresses(const QString &name) const {
    const auto it = m_names.constFind(name.toLower());
    if (it != m_names.constEnd())
        return *it;
    if (m_unknownHasNoAnswer)
        return std::nullopt;
    return QVector<QHostAddress>();
}
