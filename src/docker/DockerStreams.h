#pragma once

#include <QByteArray>
#include <QList>

namespace quayside {

// Splits a stream of newline-separated JSON documents (build progress, image load, events) into whole
// documents as chunks arrive; a document split across chunks is kept until its newline comes.
class JsonLineSplitter
{
public:
    QList<QByteArray> feed(const QByteArray &chunk);
    // What is left when the stream ends: a last document without a newline, or a truncated one.
    QByteArray remainder() const { return m_buffer.trimmed(); }

private:
    QByteArray m_buffer;
};

// Decodes the engine's multiplexed log stream (containers without a TTY): frames of an 8-byte header
// (stream 1 = stdout, 2 = stderr, then a big-endian 32-bit length) and that many bytes.
class MultiplexedStreamDecoder
{
public:
    struct Frame
    {
        int stream = 1; // 0 stdin, 1 stdout, 2 stderr
        QByteArray data;
    };

    // Whole frames decoded so far; false in `ok` when a header is impossible (not a multiplexed stream).
    QList<Frame> feed(const QByteArray &chunk, bool *ok = nullptr);
    // True when the stream ended in the middle of a frame.
    bool hasPartialFrame() const { return !m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
};

} // namespace quayside
