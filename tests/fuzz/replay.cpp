// Replays every file of the corpus folders given on the command line through a fuzz
// target's entry function, with an ordinary compiler and no libFuzzer: `make test` runs
// the regression corpus this way. Fails when a folder is empty or missing (a replay that
// reads nothing proves nothing); a crash or a sanitizer report fails it too.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR...\n", argv[0]);
        return 2;
    }
    int replayed = 0;
    for (int a = 1; a < argc; ++a) {
        const QDir dir(QString::fromLocal8Bit(argv[a]));
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            std::fprintf(stderr, "replay: no files in %s\n", argv[a]);
            return 1;
        }
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(info.filePath()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            QElapsedTimer timer;
            timer.start();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            std::printf("%s: %lld ms\n", qPrintable(info.fileName()), static_cast<long long>(timer.elapsed()));
            ++replayed;
        }
    }
    std::printf("replay: %d files\n", replayed);
    return 0;
}
