// BalancerDialog offscreen: it shows a saved model, table edits reach the preview, invalid input is named
// and blocks Save and Export, and its exports, import and save give the files the renderer and the JSON
// form give, and edits keep what the dialog does not show (the check token). A screenshot lands in the build
// folder.
#include "ManagedProcess.h"
#include "SampleBalancer.h"

#include "gui/BalancerDialog.h"
#include "gui/MainWindow.h"
#include "nginx/BalancerJson.h"
#include "nginx/NginxImporter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::readFile;
using quayside::test::sampleBalancer;
using quayside::test::writeFile;

class tst_BalancerDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(const QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    static QTableWidget *table(const QWidget *dialog) { return child<QTableWidget>(dialog, "serverTable"); }
    static QString preview(const QWidget *dialog, const char *name)
    {
        return child<QPlainTextEdit>(dialog, name)->toPlainText();
    }
    static bool exportsEnabled(const QWidget *dialog)
    {
        return child<QPushButton>(dialog, "exportFolderButton")->isEnabled() &&
               child<QPushButton>(dialog, "exportArchiveButton")->isEnabled() &&
               child<QPushButton>(dialog, "saveButton")->isEnabled();
    }

    QString savedSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("balancer-%1.json").arg(++m_files));
        Q_ASSERT(BalancerFile::save(path, sampleBalancer()).ok());
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Quayside-test"));
        QCoreApplication::setApplicationName(QStringLiteral("Quayside"));
        QFile::remove(BalancerFile::defaultPath());
    }

    void showsTheSavedModelAndItsFiles()
    {
        BalancerDialog dialog(savedSample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.config(), sampleBalancer());
        QVERIFY(dialog.isValid());
        QVERIFY(exportsEnabled(&dialog));
        QCOMPARE(child<QComboBox>(&dialog, "poolCombo")->count(), 2);
        QCOMPARE(table(&dialog)->rowCount(), 3);
        QCOMPARE(table(&dialog)->item(0, BalancerDialog::Weight)->data(Qt::EditRole).toInt(), 3);
        QCOMPARE(table(&dialog)->item(2, BalancerDialog::Backup)->checkState(), Qt::Checked);
        QCOMPARE(table(&dialog)->item(1, BalancerDialog::Down)->checkState(), Qt::Checked);
        const RenderedBalancer files = NginxRenderer::render(sampleBalancer()).value();
        QCOMPARE(preview(&dialog, "backendsPreview"), QString::fromUtf8(files.backends));
        QCOMPARE(preview(&dialog, "sitePreview"), QString::fromUtf8(files.site));
        QVERIFY(child<QPlainTextEdit>(&dialog, "backendsPreview")->isReadOnly());
        QVERIFY(QFontInfo(child<QPlainTextEdit>(&dialog, "sitePreview")->font()).fixedPitch());
        QCOMPARE(child<QSpinBox>(&dialog, "listenPortSpin")->value(), 18080);
        QCOMPARE(child<QLineEdit>(&dialog, "serverNamesEdit")->text(),
                 QStringLiteral("shop.example.com *.shop.example.com"));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isHidden());

        // The second pool and its site.
        child<QComboBox>(&dialog, "poolCombo")->setCurrentIndex(1);
        QCOMPARE(table(&dialog)->rowCount(), 2);
        QCOMPARE(table(&dialog)->item(1, BalancerDialog::Address)->text(), QStringLiteral("localhost"));
        QCOMPARE(child<QComboBox>(&dialog, "methodCombo")->currentData().toInt(), int(BalanceMethod::StickySession));
        QCOMPARE(child<QSpinBox>(&dialog, "listenPortSpin")->value(), 18090);
    }

    void aWeightTypedInTheTableChangesThePreview()
    {
        BalancerDialog dialog(savedSample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableWidget *servers = table(&dialog);
        servers->setFocus();
        servers->setCurrentCell(0, BalancerDialog::Weight);
        QTest::keyClick(servers, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != servers);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("7"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(dialog.config().pools[0].servers[0].weight, 7);
        QVERIFY2(preview(&dialog, "backendsPreview").contains(QLatin1String("server 127.0.0.1:18081 weight=7 ")),
                 qPrintable(preview(&dialog, "backendsPreview")));
        QCOMPARE(preview(&dialog, "backendsPreview"),
                 QString::fromUtf8(NginxRenderer::render(dialog.config()).value().backends));

        // A check box by keyboard: Space on the Down cell takes the first server out.
        servers->setCurrentCell(0, BalancerDialog::Down);
        QTest::keyClick(servers, Qt::Key_Space);
        QVERIFY(dialog.config().pools[0].servers[0].down);
        QVERIFY(preview(&dialog, "backendsPreview").contains(QLatin1String("fail_timeout=30s down;")));
    }

    void anInvalidAddressIsShownAndBlocksExport()
    {
        BalancerDialog dialog(savedSample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString before = preview(&dialog, "backendsPreview");
        table(&dialog)->item(1, BalancerDialog::Address)->setText(QStringLiteral("10.0.0.7; include /etc/shadow"));
        QVERIFY(!dialog.isValid());
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("\"10.0.0.7; include /etc/shadow\" in pool shop is not an "
                                                      "address or host name")),
                 qPrintable(error->text()));
        QVERIFY(!exportsEnabled(&dialog));
        QCOMPARE(preview(&dialog, "backendsPreview"), before); // the last good files, greyed
        QVERIFY(!child<QTabWidget>(&dialog, "previewTabs")->isEnabled());
        const QString folder = m_dir.filePath(QStringLiteral("never-exported"));
        QVERIFY(!dialog.exportTo(folder, NginxExport::Format::Folder).ok());
        QVERIFY(!QFileInfo::exists(folder));

        table(&dialog)->item(1, BalancerDialog::Address)->setText(QStringLiteral("10.0.0.7"));
        QVERIFY(dialog.isValid());
        QVERIFY(error->isHidden());
        QVERIFY(exportsEnabled(&dialog));
        QVERIFY(preview(&dialog, "backendsPreview").contains(QLatin1String("server 10.0.0.7:18082")));
    }

    void addsAndRemovesServers()
    {
        BalancerDialog dialog(savedSample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "addServerButton"), Qt::LeftButton);
        QCOMPARE(table(&dialog)->rowCount(), 4);
        QVERIFY(!dialog.isValid()); // no address yet
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral("app4.internal"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.config().pools[0].servers.size(), 4);
        QVERIFY(preview(&dialog, "backendsPreview").contains(QLatin1String("server app4.internal:8080 weight=1")));

        table(&dialog)->setCurrentCell(0, BalancerDialog::Address);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeServerButton"), Qt::LeftButton);
        QCOMPARE(table(&dialog)->rowCount(), 3);
        QVERIFY(!preview(&dialog, "backendsPreview").contains(QLatin1String("127.0.0.1:18081")));
    }

    void methodPortAndNamesReachThePreview()
    {
        BalancerDialog dialog(savedSample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *method = child<QComboBox>(&dialog, "methodCombo");
        method->setFocus();
        QTest::keyClick(method, Qt::Key_Down); // round robin -> least connections
        QCOMPARE(dialog.config().pools[0].method, BalanceMethod::LeastConnections);
        QVERIFY(preview(&dialog, "backendsPreview").contains(QLatin1String("least_conn;")));

        auto *port = child<QSpinBox>(&dialog, "listenPortSpin");
        port->setValue(8443);
        QVERIFY(preview(&dialog, "sitePreview").contains(QLatin1String("listen 127.0.0.1:8443;")));
        auto *names = child<QLineEdit>(&dialog, "serverNamesEdit");
        names->selectAll();
        QTest::keyClicks(names, QStringLiteral("shop.example.org  www.shop.example.org"));
        QCOMPARE(dialog.config().sites[0].serverNames,
                 (QStringList{QStringLiteral("shop.example.org"), QStringLiteral("www.shop.example.org")}));
        QVERIFY(preview(&dialog, "sitePreview")
                    .contains(QLatin1String("server_name shop.example.org www.shop.example.org;")));
        QTest::keyClicks(names, QStringLiteral(";"));
        QVERIFY(!dialog.isValid());
        QVERIFY(!exportsEnabled(&dialog));
    }

    void editsKeepTheCheckToken()
    {
        BalancerConfig config = sampleBalancer();
        config.checkToken = BalancerConfig::makeCheckToken();
        const QString path = m_dir.filePath(QStringLiteral("with-token.json"));
        QVERIFY(BalancerFile::save(path, config).ok());
        BalancerDialog dialog(path);
        QCOMPARE(dialog.config(), config);
        table(&dialog)->item(0, BalancerDialog::Weight)->setData(Qt::EditRole, 5);
        child<QSpinBox>(&dialog, "listenPortSpin")->setValue(8443);
        child<QComboBox>(&dialog, "poolCombo")->setCurrentIndex(1);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
        QVERIFY(preview(&dialog, "sitePreview")
                    .contains(QLatin1String("\"") + config.checkToken + QLatin1String("\" $upstream_addr;")));
        QVERIFY(dialog.save().ok());
        const auto saved = BalancerFile::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().checkToken, config.checkToken);
        QCOMPARE(saved.value().pools[0].servers[0].weight, 5);
        QCOMPARE(saved.value().sites[0].listenPort, 8443);
    }

    void exportsGiveTheRenderersFiles()
    {
        BalancerDialog dialog(savedSample());
        table(&dialog)->item(0, BalancerDialog::Weight)->setData(Qt::EditRole, 9);
        const RenderedBalancer files = NginxRenderer::render(dialog.config()).value();
        QVERIFY(files.backends.contains("weight=9"));

        const QString folder = m_dir.filePath(QStringLiteral("exported-folder"));
        QVERIFY(dialog.exportTo(folder, NginxExport::Format::Folder).ok());
        QCOMPARE(readFile(folder + QStringLiteral("/conf.d/backends")), files.backends);
        QCOMPARE(readFile(folder + QStringLiteral("/conf.d/default.conf")), files.site);
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QDir::toNativeSeparators(folder)));

        const QString archive = m_dir.filePath(QStringLiteral("exported.tar.gz"));
        QVERIFY(dialog.exportTo(archive, NginxExport::Format::TarGz).ok());
        QCOMPARE(readFile(archive), NginxExport::tarGz(files).value());

        // A failure is said in the dialog.
        const QString file = m_dir.filePath(QStringLiteral("in-the-way"));
        QVERIFY(writeFile(file, "x"));
        QVERIFY(!dialog.exportTo(file, NginxExport::Format::Folder).ok());
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QLatin1String("is a file, not a folder")));
    }

    void importsAPairAndSaves()
    {
        const QByteArray backends = "upstream app {\n    ip_hash;\n    server 10.0.0.21:8080;\n}\n";
        const QByteArray site = "server {\n    listen 8081;\n    server_name app.example.com;\n"
                                "    gzip on;\n    location / { proxy_pass http://app; }\n}\n";
        const QString backendsPath = m_dir.filePath(QStringLiteral("import-backends"));
        const QString sitePath = m_dir.filePath(QStringLiteral("import-default.conf"));
        QVERIFY(writeFile(backendsPath, backends) && writeFile(sitePath, site));
        const QString balancer = m_dir.filePath(QStringLiteral("saved/balancer.json"));
        BalancerDialog dialog(balancer);
        QVERIFY(!dialog.isValid()); // nothing saved there yet: an empty pool
        QVERIFY(dialog.importFrom(backendsPath, sitePath).ok());
        const ImportedBalancer expected = NginxImporter::import(backends, site).value();
        QCOMPARE(dialog.config(), expected.config);
        QVERIFY(!expected.warnings.isEmpty());
        QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains(expected.warnings.first()),
                 qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
        QCOMPARE(child<QSpinBox>(&dialog, "listenPortSpin")->value(), 8081);
        QVERIFY(dialog.save().ok());
        QCOMPARE(readFile(balancer), BalancerJson::toJson(expected.config));

        QVERIFY(!dialog.importFrom(m_dir.filePath(QStringLiteral("missing")), sitePath).ok());
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QLatin1String("Cannot read")));
        QCOMPARE(dialog.config(), expected.config);
    }

    void aBrokenFileIsNamedAndNotLost()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(path, "{\"format\": \"quayside-balancer\", \"version\": 1, \"pools\": 3}"));
        BalancerDialog dialog(path);
        const QString status = child<QLabel>(&dialog, "statusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("pools: expected a list")) &&
                     status.contains(QLatin1String("Saving replaces it")),
                 qPrintable(status));
        QCOMPARE(readFile(path), QByteArray("{\"format\": \"quayside-balancer\", \"version\": 1, \"pools\": 3}"));
    }

    void theMainWindowOpensItWithItsShortcut()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(window.balancerDialog());
        BalancerDialog *dialog = window.balancerDialog();
        QCOMPARE(dialog->balancerPath(), BalancerFile::defaultPath());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        window.openBalancerDialog(); // a second time: the same dialog
        QCOMPARE(window.balancerDialog(), dialog);
        dialog->close();
        QTRY_VERIFY(!window.balancerDialog());
    }

    void screenshot()
    {
        BalancerDialog dialog(savedSample());
        dialog.resize(1180, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        table(&dialog)->item(2, BalancerDialog::Address)->setText(QStringLiteral("10.0.0.7;"));
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/balancer-dialog-invalid.png")));
        table(&dialog)->item(2, BalancerDialog::Address)->setText(QStringLiteral("10.0.0.7"));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/balancer-dialog.png")));
    }
};

QTEST_MAIN(tst_BalancerDialog)
#include "tst_BalancerDialog.moc"
