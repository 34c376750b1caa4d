#include "core/ShellQuote.h"

namespace quayside {

Result<QString> ShellQuote::quote(const QString &value)
{
    if (value.contains(QChar(u'\0')))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("A value holds a NUL character, which no shell can take; remove it and try again.")};
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

Result<QString> ShellQuote::command(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words) {
        auto one = quote(word);
        if (!one)
            return one.error();
        quoted << std::move(one).value();
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace quayside
