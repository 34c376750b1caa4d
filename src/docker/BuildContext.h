#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace quayside {

// The build context sent with an image build: a tar archive (made with libarchive) of a folder, or of a
// Dockerfile and the files it copies. Entries carry fixed times and owners, so the same input gives the
// same bytes and the engine's build cache is reused.
class BuildContext
{
    Q_DECLARE_TR_FUNCTIONS(BuildContext)

public:
    // Adds one regular file. Paths are relative, with '/' separators and no ".." or absolute parts.
    Result<void> addFile(const QString &path, const QByteArray &content, int mode = 0644);
    // Adds a folder's files, subfolders and symbolic links below `prefix` in the archive.
    Result<void> addDirectory(const QString &directory, const QString &prefix = QString());

    Result<QByteArray> toTar() const;

    static bool isSafePath(const QString &path);

private:
    struct Entry
    {
        QString path;
        QByteArray content; // the link target for symbolic links
        int mode = 0644;
        enum class Type { File, Directory, SymLink } type = Type::File;
    };
    QList<Entry> m_entries;
};

} // namespace quayside
