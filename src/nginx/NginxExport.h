#pragma once

#include "nginx/NginxRenderer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace quayside {

// Hands a rendered balancer to the user in the seed's layout, conf.d/backends and conf.d/default.conf: into
// a folder, or packed as a .tar.gz to copy to a balancer and unpack beside its nginx.conf.
//
// Each file is replaced all at once (AtomicFile). If the second file cannot be written, the first is put
// back as it was and the folders the export created are removed, so a failed export leaves nothing behind.
// The archive is byte-stable: fixed entry order, mode 0644, owner root, a modification time of 0 (the
// epoch) and no timestamp in the gzip header, so the same model always gives the same file.
class NginxExport
{
    Q_DECLARE_TR_FUNCTIONS(NginxExport)

public:
    enum class Format { Folder, TarGz };

    // The entries, in the order they are written: conf.d/backends, conf.d/default.conf.
    static QStringList entryNames();
    // TarGz for a name ending in .tar.gz or .tgz (any case), else Folder.
    static Format formatFor(const QString &destination);

    static Result<void> toFolder(const RenderedBalancer &rendered, const QString &folder);
    static Result<QByteArray> tarGz(const RenderedBalancer &rendered);
    static Result<void> toTarGz(const RenderedBalancer &rendered, const QString &file);
    static Result<void> write(const RenderedBalancer &rendered, const QString &destination, Format format);
};

} // namespace quayside
