#include "docker/BuildContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace quayside {

namespace {

la_ssize_t appendToByteArray(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

bool BuildContext::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".");
    });
}

Result<void> BuildContext::addFile(const QString &path, const QByteArray &content, int mode)
{
    if (!isSafePath(path))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("\"%1\" cannot be a path in a build context: use a relative path without \"..\".").arg(path)};
    m_entries << Entry{path, content, mode & 07777, Entry::Type::File};
    return {};
}

Result<void> BuildContext::addDirectory(const QString &directory, const QString &prefix)
{
    const QDir root(directory);
    if (!root.exists())
        return Error{Error::Kind::Io, 0,
                     tr("The build folder %1 does not exist.").arg(QDir::toNativeSeparators(directory))};
    if (!prefix.isEmpty() && !isSafePath(prefix))
        return Error{Error::Kind::InvalidInput, 0, tr("\"%1\" cannot be a path in a build context.").arg(prefix)};
    QDirIterator it(directory, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QList<Entry> found;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString relative =
            (prefix.isEmpty() ? QString() : prefix + QLatin1Char('/')) + root.relativeFilePath(path);
        struct stat status
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
            return Error{Error::Kind::Io, 0, tr("Cannot read %1.").arg(QDir::toNativeSeparators(path))};
        const int mode = int(status.st_mode & 07777);
        if (S_ISLNK(status.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t length =
                ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
            if (length < 0)
                return Error{Error::Kind::Io, 0, tr("Cannot read the link %1.").arg(QDir::toNativeSeparators(path))};
            target.resize(length);
            found << Entry{relative, target, 0777, Entry::Type::SymLink};
        } else if (info.isDir()) {
            found << Entry{relative, {}, mode, Entry::Type::Directory};
        } else if (info.isFile()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{Error::Kind::Io, 0,
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
            found << Entry{relative, file.readAll(), mode, Entry::Type::File};
        }
    }
    // Sorted, so the archive does not depend on the order the file system lists things in.
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) { return a.path < b.path; });
    m_entries << found;
    return {};
}

Result<QByteArray> BuildContext::toTar() const
{
    QByteArray tar;
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    const auto failed = [&writer] {
        return Error{
            Error::Kind::Internal, 0,
            tr("Could not pack the build context: %1").arg(QString::fromUtf8(archive_error_string(writer.get())))};
    };
    if (!writer || !entry || archive_write_set_format_pax_restricted(writer.get()) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(writer.get(), 1) != ARCHIVE_OK ||
        archive_write_open(writer.get(), &tar, nullptr, &appendToByteArray, nullptr) != ARCHIVE_OK)
        return failed();
    for (const Entry &item : m_entries) {
        archive_entry_clear(entry.get());
        archive_entry_set_pathname_utf8(entry.get(), item.path.toUtf8().constData());
        archive_entry_set_mtime(entry.get(), 0, 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        switch (item.type) {
        case Entry::Type::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), item.content.size());
            break;
        case Entry::Type::Directory:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_size(entry.get(), 0);
            break;
        case Entry::Type::SymLink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink_utf8(entry.get(), item.content.constData());
            archive_entry_set_size(entry.get(), 0);
            break;
        }
        archive_entry_set_perm(entry.get(), mode_t(item.mode));
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return failed();
        if (item.type == Entry::Type::File && !item.content.isEmpty() &&
            archive_write_data(writer.get(), item.content.constData(), size_t(item.content.size())) < 0)
            return failed();
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return failed();
    return tar;
}

} // namespace quayside
