// ShellQuote against a real /bin/sh: whatever goes in must come out of the shell unchanged.
#include "ManagedProcess.h"

#include "core/ShellQuote.h"

#include <QTest>

using quayside::Error;
using quayside::ShellQuote;
using quayside::test::runTool;

class tst_ShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesTheShell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("tomcat");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("  two  spaces  ");
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("only quotes") << QStringLiteral("'''");
        QTest::newRow("double quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("expansions") << QStringLiteral("$HOME ${PATH} $(id) `id` $((1+1)) !! ~root *");
        QTest::newRow("separators") << QStringLiteral("a; rm -rf /tmp/never && b || c | d & e > f < g");
        QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\n\ttab");
        QTest::newRow("backslashes") << QStringLiteral("C:\\path\\'x'\\");
        QTest::newRow("leading dash") << QStringLiteral("-n");
        QTest::newRow("unicode") << QStringLiteral("Grüße, 東京 ✓");
    }

    void survivesTheShell()
    {
        QFETCH(QString, value);
        const auto quoted = ShellQuote::quote(value);
        QVERIFY(quoted.ok());
        const QString script = QStringLiteral("printf '%s' ") + quoted.value();
        const auto result = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY2(result.ok(), result.err.constData());
        QCOMPARE(QString::fromUtf8(result.out), value);
    }

    void joinsACommand()
    {
        const QStringList words = {QStringLiteral("printf"), QStringLiteral("[%s]"), QStringLiteral("a b"),
                                   QStringLiteral("it's"), QStringLiteral("$x")};
        const auto command = ShellQuote::command(words);
        QVERIFY(command.ok());
        const auto result = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), command.value()});
        QVERIFY2(result.ok(), result.err.constData());
        QCOMPARE(result.out, QByteArray("[a b][it's][$x]"));
    }

    void refusesNul()
    {
        const QString value = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
        const auto quoted = ShellQuote::quote(value);
        QVERIFY(!quoted.ok());
        QCOMPARE(quoted.error().kind, Error::Kind::InvalidInput);
        const auto command = ShellQuote::command({QStringLiteral("echo"), value});
        QVERIFY(!command.ok());
    }
};

QTEST_GUILESS_MAIN(tst_ShellQuote)
#include "tst_ShellQuote.moc"
