// The .qm files compiled into quayside_core load for German and French and translate real strings.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class tst_Translations : public QObject
{
    Q_OBJECT

private:
    void removeInstalled()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void cleanup() { removeInstalled(); }

    void translates_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de menu") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("MainWindow")
                                 << QStringLiteral("&File") << QStringLiteral("&Datei");
        QTest::newRow("de status") << QLocale(QLocale::German, QLocale::Austria)
                                   << QStringLiteral("quayside::MainWindow")
                                   << QStringLiteral("Ready. No fleet is open.")
                                   << QStringLiteral("Bereit. Keine Flotte ist geöffnet.");
        QTest::newRow("fr menu") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("MainWindow")
                                 << QStringLiteral("&File") << QStringLiteral("&Fichier");
        QTest::newRow("fr wizard") << QLocale(QLocale::French, QLocale::Canada)
                                   << QStringLiteral("quayside::FirstRunWizard") << QStringLiteral("Quayside Setup")
                                   << QStringLiteral("Configuration de Quayside");
    }

    void translates()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QStringList installed = quayside::installTranslators(QCoreApplication::instance(), locale);
        QVERIFY2(installed.contains(QStringLiteral("quayside")), qPrintable(installed.join(QLatin1Char(','))));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    }

    void englishIsTheSource()
    {
        const QStringList installed = quayside::installTranslators(QCoreApplication::instance(),
                                                                   QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!installed.contains(QStringLiteral("quayside")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
