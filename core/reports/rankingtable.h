#pragma once

#include <QStringList>

struct Ranking;
struct RankedUnit;

// A ranked list as table rows: for machines (`xhht rank --format`) and for people (the
// CSV/XLSX export and the printed list, in Vietnamese).
class RankingTable
{
public:
    // rank (equal numbers for a shared rank, empty for an unranked unit), unit_code,
    // unit_name, total (points, decimal point; levels: chỉ tiêu met "8/10"),
    // classification; with the roll-up, current_unit (the unit it became, empty when
    // the same).
    static QStringList machineKeys(bool rolledUp = false);
    static QList<QStringList> machineRows(const Ranking &ranking);

    // Hạng, Mã đơn vị, Đơn vị, Tổng điểm / Chỉ tiêu đạt, Xếp loại / Mức độ, Ghi chú; with
    // the roll-up, Đơn vị hiện nay last.
    static QStringList vietnameseHeaders(const Ranking &ranking);
    static QString currentUnitHeader();
    static QList<QStringList> vietnameseRows(const Ranking &ranking);
    // "đồng hạng", "chưa thẩm định", "thẩm định chưa đủ (7/10)" or empty.
    static QString vietnameseNote(const RankedUnit &row);
    // How the list was made: the rubric, the order and the tie rules, in Vietnamese.
    static QString vietnameseMethod(const Ranking &ranking);
};
