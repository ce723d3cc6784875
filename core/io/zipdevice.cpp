#include "zipdevice.h"

#include <QIODevice>

namespace {

voidpf ZCALLBACK openDevice(voidpf, const void *device, int)
{
    return const_cast<void *>(device);
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 read = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return read < 0 ? 0 : uLong(read);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf stream, const void *buffer, uLong size)
{
    const qint64 written = static_cast<QIODevice *>(stream)->write(static_cast<const char *>(buffer), qint64(size));
    return written < 0 ? 0 : uLong(written);
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 position = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        position += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        position += device->size();
    return device->seek(position) ? 0 : -1;
}

int ZCALLBACK noError(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def zipDeviceFunctions()
{
    return {openDevice, readDevice, writeDevice, tellDevice, seekDevice, noError, noError, nullptr};
}
