#pragma once

#include <QString>

namespace quayside::test {

// A tmpfs of a few KiB mounted on a folder of the test's (needs root, as the Docker harness does), to
// make "the disk is full" happen for real. Unmounted by the destructor.
class TinyDisk
{
public:
    TinyDisk(QString mountPoint, int kibibytes);
    ~TinyDisk();
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool mount();
    // Takes every free byte left, with one file.
    bool fill();
    QString path() const { return m_mountPoint; }
    QString errorString() const { return m_error; }

private:
    QString m_mountPoint;
    int m_kibibytes;
    bool m_mounted = false;
    QString m_error;
};

} // namespace quayside::test
