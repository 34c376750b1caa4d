#include "nginx/NginxExport.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace quayside {

namespace {

constexpr QFileDevice::Permissions kReadable =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

QList<std::pair<QString, QByteArray>> entries(const RenderedBalancer &rendered)
{
    const QStringList names = NginxExport::entryNames();
    return {{names.at(0), rendered.backends}, {names.at(1), rendered.site}};
}

la_ssize_t appendToByteArray(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// Creates `path` and any missing parent, remembering what it made (deepest last) so a failed export can
// take it away again.
Result<void> makeFolders(const QString &path, QStringList *created)
{
    QStringList missing;
    for (QFileInfo at(path); !at.exists(); at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), 0755) != 0) {
            const int code = errno;
            return Error{Error::Kind::Io, 0,
                         NginxExport::tr("Cannot create the folder %1: %2. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(code)))};
        }
        created->append(folder);
    }
    return {};
}

void removeFolders(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        ::rmdir(QFile::encodeName(*it).constData());
}

} // namespace

QStringList NginxExport::entryNames()
{
    return {QStringLiteral("conf.d/backends"), QStringLiteral("conf.d/default.conf")};
}

NginxExport::Format NginxExport::formatFor(const QString &destination)
{
    const bool archive = destination.endsWith(QLatin1String(".tar.gz"), Qt::CaseInsensitive) ||
                         destination.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive);
    return archive ? Format::TarGz : Format::Folder;
}

Result<void> NginxExport::toFolder(const RenderedBalancer &rendered, const QString &folder)
{
    const QString root = QFileInfo(folder).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(root);
    const QFileInfo rootInfo(root);
    if (rootInfo.exists() && !rootInfo.isDir())
        return Error{
            Error::Kind::InvalidInput, 0,
            tr("%1 is a file, not a folder: choose a folder to export the nginx configuration into.").arg(shown)};
    const QFileInfo confInfo(root + QStringLiteral("/conf.d"));
    if (confInfo.exists() && !confInfo.isDir())
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 is a file, but the export needs a folder there.")
                         .arg(QDir::toNativeSeparators(confInfo.absoluteFilePath()))};

    QStringList created;
    const auto made = makeFolders(confInfo.absoluteFilePath(), &created);
    if (!made) {
        removeFolders(created);
        return made.error();
    }
    // What was there before, to put back if a later file fails.
    QList<std::optional<QByteArray>> previous;
    const auto files = entries(rendered);
    for (const auto &[name, content] : files) {
        QFile old(root + QLatin1Char('/') + name);
        previous << (old.open(QIODevice::ReadOnly) ? std::optional<QByteArray>(old.readAll()) : std::nullopt);
    }
    for (int i = 0; i < files.size(); ++i) {
        const auto written =
            AtomicFile::write(root + QLatin1Char('/') + files.at(i).first, files.at(i).second, kReadable);
        if (written)
            continue;
        for (int done = 0; done < i; ++done) {
            const QString path = root + QLatin1Char('/') + files.at(done).first;
            if (previous.at(done))
                AtomicFile::write(path, *previous.at(done), kReadable);
            else
                QFile::remove(path);
        }
        removeFolders(created);
        return written.error();
    }
    return {};
}

Result<QByteArray> NginxExport::tarGz(const RenderedBalancer &rendered)
{
    QByteArray out;
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    const auto failed = [&writer] {
        return Error{Error::Kind::Internal, 0,
                     tr("Could not pack the nginx configuration: %1")
                         .arg(QString::fromUtf8(archive_error_string(writer.get())))};
    };
    // "!timestamp": no modification time in the gzip header, so equal archives are equal files.
    if (!writer || !entry || archive_write_set_format_pax_restricted(writer.get()) != ARCHIVE_OK ||
        archive_write_add_filter_gzip(writer.get()) != ARCHIVE_OK ||
        archive_write_set_options(writer.get(), "gzip:!timestamp") != ARCHIVE_OK ||
        archive_write_open(writer.get(), &out, nullptr, &appendToByteArray, nullptr) != ARCHIVE_OK)
        return failed();
    for (const auto &[name, content] : entries(rendered)) {
        archive_entry_clear(entry.get());
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), content.size());
        archive_entry_set_mtime(entry.get(), 0, 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_uname(entry.get(), "root");
        archive_entry_set_gname(entry.get(), "root");
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(writer.get(), content.constData(), size_t(content.size())) < 0)
            return failed();
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return failed();
    return out;
}

Result<void> NginxExport::toTarGz(const RenderedBalancer &rendered, const QString &file)
{
    const QFileInfo info(file);
    if (info.isDir())
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 is a folder: give the archive a file name ending in .tar.gz.")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Error::Kind::NotFound, 0,
                     tr("The folder %1 does not exist: choose where the archive should go.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
    const auto archive = tarGz(rendered);
    if (!archive)
        return archive.error();
    return AtomicFile::write(info.absoluteFilePath(), archive.value(), kReadable);
}

Result<void> NginxExport::write(const RenderedBalancer &rendered, const QString &destination, Format format)
{
    return format == Format::TarGz ? toTarGz(rendered, destination) : toFolder(rendered, destination);
}

} // namespace quayside
