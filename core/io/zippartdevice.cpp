#include "zippartdevice.h"

#include <algorithm>

qint64 ZipPartDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    const auto size = unsigned(std::min<qint64>(maxSize, 1 << 20));
    const int read = unzReadCurrentFile(m_zip, data, size);
    if (read < 0) {
        m_failed = true;
        return -1;
    }
    return read;
}
