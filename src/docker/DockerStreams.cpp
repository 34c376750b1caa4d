#include "docker/DockerStreams.h"

#include <QtEndian>

namespace quayside {

QList<QByteArray> JsonLineSplitter::feed(const QByteArray &chunk)
{
    m_buffer += chunk;
    QList<QByteArray> documents;
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            documents << line;
    }
    return documents;
}

QList<MultiplexedStreamDecoder::Frame> MultiplexedStreamDecoder::feed(const QByteArray &chunk, bool *ok)
{
    if (ok)
        *ok = true;
    m_buffer += chunk;
    QList<Frame> frames;
    while (m_buffer.size() >= 8) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData());
        if (header[0] > 2 || header[1] != 0 || header[2] != 0 || header[3] != 0) {
            if (ok)
                *ok = false;
            return frames;
        }
        const quint32 length = qFromBigEndian<quint32>(header + 4);
        if (quint64(m_buffer.size()) < 8 + quint64(length))
            break;
        frames << Frame{header[0], m_buffer.mid(8, qsizetype(length))};
        m_buffer.remove(0, 8 + qsizetype(length));
    }
    return frames;
}

} // namespace quayside
