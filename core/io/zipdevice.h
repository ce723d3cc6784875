#pragma once

#include <ioapi.h>

// minizip's file functions on a QIODevice, so that archives are read and written
// through Qt (any file name on any platform, or a QBuffer in memory): pass the
// QIODevice* as the file name to unzOpen2_64 or zipOpen2_64. minizip neither opens nor
// closes the device; its owner does. A read-only device simply fails writes.
zlib_filefunc64_def zipDeviceFunctions();
