// Ranked lists of "Đơn vị học tập" (5 columns, a unit name in three that wraps) written
// to PDF by DocumentRenderer::writePdf: the whole render, the first one including font
// loading, for 200 and 10,000 rows (or the row counts given). Prints ms, pages, file
// size and the peak RSS of the process so far.
#include "reports/documentrenderer.h"
#include "reports/officialdate.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

OfficialDocument rankedList(int rows)
{
    static const QStringList names = {
        QStringLiteral("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Dương Minh Châu"),
        QStringLiteral("Thư viện tỉnh Tây Ninh"),
        QStringLiteral("Ban Quản lý Khu du lịch quốc gia Núi Bà Đen"),
        QStringLiteral("Trường Trung học cơ sở Nguyễn Trãi, xã Hảo Đước"),
        QStringLiteral("Nhà Văn hóa Thanh niên phường Ninh Sơn"),
        QStringLiteral("Câu lạc bộ Hữu nghị Cựu chiến binh ấp Bàu Ễnh"),
        QStringLiteral("Xã Phước Vinh"),
    };
    static const QStringList districts = {QStringLiteral("Dương Minh Châu"), QStringLiteral("Châu Thành"),
                                          QStringLiteral("Hòa Thành"),       QStringLiteral("Gò Dầu"),
                                          QStringLiteral("Trảng Bàng"),      QStringLiteral("Tân Biên")};
    OfficialDocument document;
    document.header.parentBody = QStringLiteral("UBND TỈNH TÂY NINH");
    document.header.agency = QStringLiteral("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
    document.header.number = QStringLiteral("05/BC-SVHTTDL");
    document.header.placeAndDate = OfficialDate::placeAndDate(QStringLiteral("Tây Ninh"), QDate(2025, 12, 5));
    document.typeName = QStringLiteral("DANH SÁCH");
    document.summary = QStringLiteral("Xếp hạng “Đơn vị học tập” năm 2025");
    DocumentTable table;
    table.columns = {{QStringLiteral("STT"), Qt::AlignHCenter},
                     {QStringLiteral("Tên đơn vị"), Qt::AlignLeft},
                     {QStringLiteral("Huyện, thị xã, thành phố"), Qt::AlignLeft},
                     {QStringLiteral("Tổng điểm"), Qt::AlignHCenter},
                     {QStringLiteral("Xếp loại"), Qt::AlignHCenter}};
    table.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const int score = 100 - (i * 37) % 45;
        table.rows.append({{QString::number(i + 1), names.at(i % names.size()), districts.at(i % districts.size()),
                            QString::number(score), score >= 90 ? QStringLiteral("Tốt") : QStringLiteral("Khá")},
                           false});
    }
    document.body = {DocumentBlock::tableBlock(table)};
    document.signature = {QStringLiteral("KT. GIÁM ĐỐC"),
                          QStringLiteral("PHÓ GIÁM ĐỐC"),
                          QStringLiteral("Nguyễn Văn A"),
                          {QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT.")}};
    return document;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {200, 10000};
    QTemporaryDir dir;
    bool first = true;
    for (const int rows : std::as_const(sizes)) {
        const OfficialDocument document = rankedList(rows);
        const QString path = dir.filePath(QStringLiteral("list-%1.pdf").arg(rows));
        QList<double> times;
        for (int run = 0; run < (rows > 1000 ? 3 : 7); ++run) {
            QElapsedTimer timer;
            timer.start();
            const QString error = DocumentRenderer::writePdf(document, path);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "bench_document: %s\n", qPrintable(error));
                return 1;
            }
        }
        const double cold = times.first();
        std::sort(times.begin() + 1, times.end());
        std::printf("rows=%d first_ms=%.1f%s median_ms=%.1f pdf_kb=%lld peak_rss_mb=%.1f\n", rows, cold,
                    first ? " (incl. font loading)" : "", times.at(1 + (times.size() - 1) / 2),
                    QFileInfo(path).size() / 1024, peakRssMb());
        first = false;
    }
    return 0;
}
