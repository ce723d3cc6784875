#pragma once

#include <QIODevice>

#include <unzip.h>

// The part of a zip archive that minizip has open (unzOpenCurrentFile), read as a
// sequential QIODevice, so that a QXmlStreamReader parses it without holding it whole.
// A read error ends the data and is kept; minizip never unpacks more than the size the
// archive declares for the part.
class ZipPartDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZipPartDevice)

public:
    explicit ZipPartDevice(unzFile zip) : m_zip(zip) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    // Whether minizip failed while reading (damaged data).
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    bool m_failed = false;
};
