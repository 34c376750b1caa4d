#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace quayside {

namespace {

mode_t toMode(QFileDevice::Permissions permissions)
{
    mode_t mode = 0;
    const std::pair<QFileDevice::Permission, mode_t> bits[] = {
        {QFileDevice::ReadOwner, S_IRUSR}, {QFileDevice::WriteOwner, S_IWUSR}, {QFileDevice::ExeOwner, S_IXUSR},
        {QFileDevice::ReadGroup, S_IRGRP}, {QFileDevice::WriteGroup, S_IWGRP}, {QFileDevice::ExeGroup, S_IXGRP},
        {QFileDevice::ReadOther, S_IROTH}, {QFileDevice::WriteOther, S_IWOTH}, {QFileDevice::ExeOther, S_IXOTH},
    };
    for (const auto &[permission, bit] : bits) {
        if (permissions.testFlag(permission))
            mode |= bit;
    }
    return mode;
}

} // namespace

Result<void> AtomicFile::write(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    const QByteArray target = QFile::encodeName(path);
    QByteArray temporary = target + ".quayside-XXXXXX";
    const auto failed = [&path](int code) {
        return Error{Error::Kind::Io, 0,
                     tr("Cannot write %1: %2. Check that the disk has room and the folder is writable; the "
                        "file was left as it was.")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(code)))};
    };

    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return failed(errno);
    const auto abandon = [&](int code) {
        ::close(fd);
        ::unlink(temporary.constData());
        return failed(code);
    };
    // mkstemp made it 0600; set the wanted mode before any byte is in it.
    if (::fchmod(fd, toMode(permissions)) != 0)
        return abandon(errno);
    const char *next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return abandon(errno);
        }
        next += written;
        left -= written;
    }
    if (::fsync(fd) != 0)
        return abandon(errno);
    if (::close(fd) != 0) {
        const int code = errno;
        ::unlink(temporary.constData());
        return failed(code);
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const int code = errno;
        ::unlink(temporary.constData());
        return failed(code);
    }
    return {};
}

} // namespace quayside
