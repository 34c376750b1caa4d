#include "CloudEmulator.h"
#include <QTest>
class tst_CloudEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void starts() { quayside::test::CloudEmulator cloud; QVERIFY(cloud.start()); }
};
QTEST_GUILESS_MAIN(tst_CloudEmulator)
#include "tst_CloudEmulator.moc"
