<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AnnualReportService</name>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <source>I. Direction and deployment</source>
        <translation>I. Công tác chỉ đạo, triển khai</translation>
    </message>
    <message>
        <source>III. General assessment</source>
        <translation>III. Đánh giá chung</translation>
    </message>
    <message>
        <source>V. Directions for next year</source>
        <translation>V. Phương hướng, nhiệm vụ năm sau</translation>
    </message>
    <message>
        <source>VI. Proposals</source>
        <translation>VI. Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>%1: no report received</source>
        <translation>%1: chưa gửi báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n indicator(s) empty</source>
        <translation>
            <numerusform>%1: %n chỉ tiêu còn trống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: scores not reviewed (%n item(s) left)</source>
        <translation>
            <numerusform>%1: chưa thẩm định điểm (còn %n mục)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still the program&apos;s draft or holds a [note] to replace</source>
        <translation>%1: vẫn là bản nháp của chương trình hoặc còn [ghi chú] cần thay</translation>
    </message>
    <message>
        <source>“%1” of the %2 report</source>
        <translation>mục “%1” của báo cáo năm %2</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Write the backup to this file.</source>
        <translation>Ghi bản sao lưu vào tệp này.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Write it into this folder, keeping the last 7 daily and 4 weekly copies (default: the folder chosen in the window&apos;s settings).</source>
        <translation>Ghi vào thư mục này, giữ 7 bản hằng ngày và 4 bản hằng tuần gần nhất (mặc định: thư mục đã chọn trong phần Cài đặt của cửa sổ chương trình).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>backup takes no file name; use -o FILE.</source>
        <translation>lệnh backup không nhận tên tệp; hãy dùng -o TỆP.</translation>
    </message>
    <message>
        <source>give either -o FILE or --folder DIR, not both.</source>
        <translation>chỉ dùng -o TỆP hoặc --folder THƯ_MỤC, không dùng cả hai.</translation>
    </message>
    <message>
        <source>no backup folder is chosen: give -o FILE or --folder DIR, or choose a folder in the window (Tools ▸ Settings).</source>
        <translation>chưa chọn thư mục sao lưu: hãy dùng -o TỆP hoặc --folder THƯ_MỤC, hoặc chọn thư mục trong cửa sổ chương trình (Công cụ ▸ Cài đặt).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 and checked it: %3 units, %4 submissions, %5 audit entries.
</source>
        <translation>Đã sao lưu %1 vào %2 và kiểm tra bản sao: %3 đơn vị, %4 hồ sơ, %5 dòng nhật ký thay đổi.
</translation>
    </message>
    <message>
        <source>restore needs the backup file: xhht restore FILE.</source>
        <translation>lệnh restore cần tệp sao lưu: xhht restore TỆP.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The database as it was is kept as %3.
</source>
        <translation>Đã khôi phục %1 từ %2. Cơ sở dữ liệu trước khi khôi phục được giữ lại tại %3.
</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). The damaged file is kept as %3; the backup %4 was checked and put in its place.
</source>
        <translation>%1 không mở được (%2). Tệp bị hỏng được giữ lại thành %3; bản sao lưu %4 đã được kiểm tra và đặt vào thay thế.
</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>xhht databases (*.sqlite)</source>
        <translation>Cơ sở dữ liệu xhht (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1 and checked: %2 units, %3 submissions.</source>
        <translation>Đã sao lưu vào %1 và kiểm tra: %2 đơn vị, %3 hồ sơ.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>xhht databases (*.sqlite *.bak);;All files (*)</source>
        <translation>Cơ sở dữ liệu xhht (*.sqlite *.bak);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1?

The backup is checked first; the database as it is now is kept as a copy beside it.</source>
        <translation>Thay toàn bộ dữ liệu bằng bản sao lưu %1?

Bản sao lưu sẽ được kiểm tra trước; cơ sở dữ liệu hiện tại được giữ lại thành một bản sao bên cạnh.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Khôi phục không thành công</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The backup %1 is restored. The database as it was is kept as %2.</source>
        <translation>Đã khôi phục bản sao lưu %1. Cơ sở dữ liệu trước khi khôi phục được giữ lại tại %2.</translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <translation>Sao lưu tự động: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Another program or person is writing to the database. Waiting for them to finish (%1 of at most %2 seconds)…</source>
        <translation>Một chương trình hoặc người dùng khác đang ghi vào cơ sở dữ liệu. Đang chờ họ ghi xong (%1 trên tối đa %2 giây)…</translation>
    </message>
    <message>
        <source>The data is on a server: its administrator backs it up with pg_dump.</source>
        <translation>Dữ liệu nằm trên máy chủ: người quản trị sao lưu bằng pg_dump.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>You can put a backup in its place: the backup is checked first, and the damaged file is kept beside it.</source>
        <translation>Có thể đặt một bản sao lưu vào thay thế: bản sao lưu được kiểm tra trước, và tệp bị hỏng được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup %1 was checked and put in place of %2. The damaged file is kept as %3.</source>
        <translation>Bản sao lưu %1 đã được kiểm tra và đặt vào thay cho %2. Tệp bị hỏng được giữ lại thành %3.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup cannot be written over the database itself (%1).</source>
        <translation>Không thể ghi bản sao lưu đè lên chính cơ sở dữ liệu (%1).</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check after writing (%2); it was removed. Check the disk or folder and try again.</source>
        <translation>Bản sao lưu %1 không đạt khi kiểm tra sau khi ghi (%2) nên đã bị xóa. Hãy kiểm tra ổ đĩa hoặc thư mục rồi thử lại.</translation>
    </message>
    <message>
        <source>the rows differ from the database&apos;s</source>
        <translation>số dòng khác với cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be found (is the USB stick or network share connected?).</source>
        <translation>Không tìm thấy thư mục sao lưu %1 (USB hoặc thư mục mạng đã được kết nối chưa?).</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Không giữ lại được bản sao của %1 trước khi khôi phục; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>Không thể khôi phục từ %1: %2. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer xhht (schema %2; this program knows up to %3); update the program first. Nothing was changed.</source>
        <translation>%1 được ghi bởi phiên bản xhht mới hơn (lược đồ %2; chương trình này chỉ biết đến %3); hãy cập nhật chương trình trước. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 ở chế độ chỉ đọc; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no database file at %1; nothing was changed.</source>
        <translation>Không có tệp cơ sở dữ liệu nào tại %1; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged %1 before restoring; nothing was changed.</source>
        <translation>Không giữ lại được bản sao của tệp bị hỏng %1 trước khi khôi phục; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (%2); the damaged file is unchanged, and kept as %3 too.</source>
        <translation>Không đặt được bản sao lưu vào thay cho %1 (%2); tệp bị hỏng vẫn nguyên như cũ, và cũng được giữ lại thành %3.</translation>
    </message>
</context>
<context>
    <name>ChangeProposalCommand</name>
    <message>
        <source>the proposal was changed after this step.</source>
        <translation>đề nghị đã bị thay đổi sau bước này.</translation>
    </message>
</context>
<context>
    <name>ChangeRecognitionCommand</name>
    <message>
        <source>the decision was changed after this step.</source>
        <translation>quyết định đã bị thay đổi sau bước này.</translation>
    </message>
</context>
<context>
    <name>ChangeUnitsCommand</name>
    <message>
        <source>New unit %1</source>
        <translation>Thêm đơn vị %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n unit(s) into %1</source>
        <translation>
            <numerusform>Hợp nhất %n đơn vị vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>Chia tách %1</translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation>Giải thể %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Chuyển %1</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <source>meanwhile</source>
        <translation>trong lúc đó</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it; your changes were not saved so as not to undo theirs. Reload it to see their version, or save yours over it.</source>
        <translation>%1 đã sửa %2 lúc %3, sau khi bạn mở; thay đổi của bạn chưa được lưu để không xóa mất thay đổi của họ. Hãy tải lại để xem bản của họ, hoặc lưu bản của bạn thay bản đó.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to save.</source>
        <translation>Không có biểu đồ nào để lưu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the picture could not be encoded.</source>
        <translation>Không ghi được %1: không mã hóa được hình ảnh.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Save the year&apos;s chart as &amp;PNG…</source>
        <translation>Lưu biểu đồ của năm thành tệp &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the unit&apos;s chart as P&amp;NG…</source>
        <translation>Lưu biểu đồ của đơn vị thành tệp P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Không lưu được biểu đồ</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Đã lưu biểu đồ vào %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;xhht --help&apos;.</source>
        <translation>tùy chọn &apos;%1&apos; không tồn tại; xem &apos;xhht --help&apos;.</translation>
    </message>
    <message>
        <source>no command given; see &apos;xhht --help&apos;.</source>
        <translation>chưa nhập lệnh; xem &apos;xhht --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;xhht --help&apos;.</source>
        <translation>lệnh &apos;%1&apos; không tồn tại; xem &apos;xhht --help&apos;.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>Also add the demo submissions for 2024 and 2025.</source>
        <translation>Nạp thêm hồ sơ mẫu của các đơn vị cho năm 2024 và 2025.</translation>
    </message>
    <message>
        <source>Only units active in this year.</source>
        <translation>Chỉ liệt kê các đơn vị hoạt động trong năm này.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation>Định dạng đầu ra: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>How many synthetic units to add.</source>
        <translation>Số đơn vị giả lập cần thêm.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The years to fill, as FROM-TO.</source>
        <translation>Các năm cần tạo dữ liệu, theo dạng TỪ-ĐẾN.</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>KHOẢNG_NĂM</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>đối số &apos;%1&apos; không hợp lệ đối với lệnh &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is read-only and has no plan loaded.</source>
        <translation>%1 ở chế độ chỉ đọc và chưa được nạp kế hoạch.</translation>
    </message>
    <message>
        <source>%1 already has submissions; the demo was not added.</source>
        <translation>%1 đã có hồ sơ của các đơn vị; không thêm dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Database ready: %1
</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: %1
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &apos;%1&apos;.</source>
        <translation>--year cần một năm, ví dụ 2025, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>PLAN %1/%2: %3
</source>
        <translation>KẾ HOẠCH số %1/%2: %3
</translation>
    </message>
    <message>
        <source>Issued by %1, period %2-%3
</source>
        <translation>Cơ quan ban hành: %1, giai đoạn %2-%3
</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Các giai đoạn:</translation>
    </message>
    <message>
        <source>  %1 (%2-%3): %4 in %5
</source>
        <translation>  %1 (%2-%3): %4 vào năm %5
</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Các mục:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Các nhiệm vụ:</translation>
    </message>
    <message>
        <source>%1; lead: %2</source>
        <translation>%1; chủ trì: %2</translation>
    </message>
    <message>
        <source>; with: %1</source>
        <translation>; phối hợp: %1</translation>
    </message>
    <message>
        <source>demo needs --units N with N from 1 to 1000000.</source>
        <translation>lệnh demo cần --units N với N từ 1 đến 1000000.</translation>
    </message>
    <message>
        <source>--years takes FROM-TO, such as 2024-2030.</source>
        <translation>--years cần giá trị dạng TỪ-ĐẾN, ví dụ 2024-2030.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 records</source>
        <translation><byte value="xd"/>Đã xử lý %1/%2 bản ghi</translation>
    </message>
    <message>
        <source>Added %1 units with data for %2 in %3 s.
</source>
        <translation>Đã thêm %1 đơn vị kèm dữ liệu các năm %2 trong %3 giây.
</translation>
    </message>
    <message>
        <source>List the units&apos; lineage events instead.</source>
        <translation>Liệt kê các sự kiện thay đổi của đơn vị.</translation>
    </message>
    <message>
        <source>Database schema version: %1
</source>
        <translation>Phiên bản lược đồ cơ sở dữ liệu: %1
</translation>
    </message>
    <message>
        <source>xhht: another program or person is writing to the database; waiting for them to finish (up to %1 s, %2 s so far)…
</source>
        <translation>xhht: một chương trình hoặc người dùng khác đang ghi vào cơ sở dữ liệu; đang chờ họ ghi xong (tối đa %1 giây, đã chờ %2 giây)…
</translation>
    </message>
    <message>
        <source>Usage: xhht [--db PATH] [COMMAND [options]]

Without a command, xhht opens its main window.

Commands:
  init [--demo]                         create the database and load the plan (and demo data)
  units [--year Y] [--format F]         list the units (those active in year Y)
  units --history [--format F]          the units&apos; lineage events (created, renamed, merged, ...)
  plan                                  print the plan: phases, sections and tasks
  demo --units N [--years A-B]          add N synthetic units with yearly data (benchmarks)
  submissions [--year Y] [--format F]   the year&apos;s submissions (default: this year)
  import template --year Y -o FILE      write the import template (.csv or .xlsx) of year Y
                   [--filled]           ... with what is already recorded
                   [--reviewed]         ... with the reviewed-score columns (the council&apos;s sheet)
  import template --year Y --per-unit -o FOLDER
                                        one workbook per unit active in Y, to fill in and send back
  import submissions FILE... | FOLDER [--year Y] [--dry-run]
                                        import filled-in submissions (all files and rows or none;
                                        a file imported before is skipped)
  import template --units -o FILE       write the empty units import template (.csv or .xlsx)
  import units FILE [--dry-run]         add units from a filled-in template (all rows or none)
  rank --year Y [--group G] [--roll-up] [--format F] [-o FILE.pdf|FILE.csv|FILE.xlsx]
                                        the ranked list of learning units of year Y (--roll-up: with
                                        the unit each has become today)
  report summary --year Y -o FILE.pdf|FILE.odt [--date D] [--number N]
                                        the year&apos;s summary report to the Department of Education
  report reminders --year Y -o FILE.pdf [--date D] [--number N] [--deadline D]
                                        the reminder letter to units that sent nothing, asking
                                        for their report by the deadline
  report recognition --year Y [--unit CODE] -o FILE.pdf|FILE.odt|FOLDER [--date D]
                                        a unit&apos;s recognition dossier (Thông tư 24/2023): request,
                                        self-assessment report and summary table; a FOLDER gets
                                        every unit&apos;s, as PDF and ODT
  report review --phase N -o FILE.pdf|FILE.odt [--date D] [--number N]
                                        the review report of phase N (mid-term or final), with
                                        each unit&apos;s results over the phase&apos;s years
  tasks --year Y [--overdue] [--format F]
                                        the plan&apos;s tasks per unit in year Y, with due dates and status
  timeline [--format text|json] [--today D]
                                        the plan&apos;s years: phases, reviews, deadlines, today
  commendations --phase N [--format F] [-o FILE.pdf|FILE.xlsx]
                                        the commendation proposals of phase N&apos;s review
  rubric --year Y --preset TT24-2023|TT22-2020
                                        switch year Y&apos;s rubric (refused for a locked year or one with scores)
  recognition [--on D] [--format F] [-o FILE.pdf|FILE.xlsx]
                                        every unit&apos;s recognition (Thông tư 24/2023) on day D: level, year,
                                        decision, kept until, may ask for Mức 2 from
  recognition add --unit CODE --year Y --level 1|2|none --decision NUMBER --date D [--signer NAME]
                                        record the provincial committee&apos;s decision on a unit&apos;s year
  recognition carry --from CODE --year Y --unit CODE --note TEXT
                                        carry a decision over to the unit a merged or split unit became
  backup [-o FILE | --folder DIR]       a checked copy of the database, made while it may be in use
                                        (default: into the backup folder chosen in the window)
  restore FILE                          check a backup, keep the database as a copy, then swap the
                                        backup in (all or nothing), also over a file too damaged to open
  server init                           set up a shared office database on a PostgreSQL server
                                        (--db postgresql://…): the plan, the roles, their rights
  server add-user NAME --role clerk|council|leader|unit [--unit CODE] [--password-stdin]
                                        a new login on the server, in one of the roles
  server remove-user NAME               remove a login
  server users [--format F]             the logins and their roles
  copy --from SOURCE --to TARGET        copy a whole database between a file and a server (or two
                                        of either) into a new, empty one: all or nothing

Options:
  --db PATH                             the database file, or a server&apos;s postgresql://user@host/db
                                        address (default: $XHHT_DB, else the user&apos;s data folder)
  --format F                            tsv, csv or json, for output meant for other programs
  -h, --help                            this help; COMMAND --help for a command&apos;s options
  -v, --version                         the program&apos;s version

Exit status: 0 success, 2 bad usage, 1 any other failure.
</source>
        <translation>Cách dùng: xhht [--db PATH] [COMMAND [options]]

Khi không có lệnh, xhht mở cửa sổ chính.

Các lệnh:
  init [--demo]                         tạo cơ sở dữ liệu và nạp kế hoạch (kèm dữ liệu mẫu)
  units [--year Y] [--format F]         liệt kê các đơn vị (các đơn vị hoạt động trong năm Y)
  units --history [--format F]          các sự kiện thay đổi của đơn vị (thành lập, đổi tên, hợp nhất, ...)
  plan                                  in kế hoạch: các giai đoạn, các mục và các nhiệm vụ
  demo --units N [--years A-B]          thêm N đơn vị giả lập kèm dữ liệu hằng năm (đo hiệu năng)
  submissions [--year Y] [--format F]   hồ sơ của các đơn vị trong năm (mặc định: năm nay)
  import template --year Y -o FILE      ghi mẫu nhập liệu (.csv hoặc .xlsx) của năm Y
                   [--filled]           ... kèm những dữ liệu đã ghi nhận
                   [--reviewed]         ... kèm các cột điểm thẩm định (phiếu chấm của hội đồng thẩm định)
  import template --year Y --per-unit -o FOLDER
                                        mỗi đơn vị hoạt động trong năm Y một tệp Excel để điền và gửi lại
  import submissions FILE... | FOLDER [--year Y] [--dry-run]
                                        nhập hồ sơ từ các mẫu đã điền (nhập tất cả các tệp, các dòng hoặc
                                        không nhập gì; tệp đã nhập trước đây được bỏ qua)
  import template --units -o FILE       ghi mẫu nhập danh sách đơn vị (.csv hoặc .xlsx) còn trống
  import units FILE [--dry-run]         thêm đơn vị từ mẫu đã điền (nhập tất cả các dòng hoặc không nhập dòng nào)
  rank --year Y [--group G] [--roll-up] [--format F] [-o FILE.pdf|FILE.csv|FILE.xlsx]
                                        danh sách xếp hạng đơn vị học tập năm Y (--roll-up: kèm
                                        đơn vị hiện nay của từng đơn vị)
  report summary --year Y -o FILE.pdf|FILE.odt [--date D] [--number N]
                                        báo cáo tổng kết năm gửi Sở Giáo dục và Đào tạo
  report reminders --year Y -o FILE.pdf [--date D] [--number N] [--deadline D]
                                        công văn đôn đốc các đơn vị chưa gửi báo cáo,
                                        đề nghị gửi trước hạn mới
  report recognition --year Y [--unit CODE] -o FILE.pdf|FILE.odt|FOLDER [--date D]
                                        hồ sơ đề nghị công nhận Đơn vị học tập (Thông tư 24/2023) của một
                                        đơn vị: tờ trình, báo cáo tự đánh giá và bảng tổng hợp; với THƯ_MỤC,
                                        hồ sơ của tất cả các đơn vị, dạng PDF và ODT
  report review --phase N -o FILE.pdf|FILE.odt [--date D] [--number N]
                                        báo cáo sơ kết, tổng kết giai đoạn N, kèm kết quả
                                        của từng đơn vị qua các năm của giai đoạn
  tasks --year Y [--overdue] [--format F]
                                        nhiệm vụ của kế hoạch theo từng đơn vị trong năm Y, kèm hạn và trạng thái
  timeline [--format text|json] [--today D]
                                        các năm của kế hoạch: giai đoạn, sơ kết, tổng kết, các hạn, hôm nay
  commendations --phase N [--format F] [-o FILE.pdf|FILE.xlsx]
                                        các đề nghị khen thưởng khi sơ kết, tổng kết giai đoạn N
  rubric --year Y --preset TT24-2023|TT22-2020
                                        đổi bộ tiêu chí của năm Y (không cho phép với năm đã khóa hoặc đã có điểm)
  recognition [--on D] [--format F] [-o FILE.pdf|FILE.xlsx]
                                        tình hình công nhận (Thông tư 24/2023) của các đơn vị vào ngày D: mức độ,
                                        năm, quyết định, giữ đến, được đề nghị Mức độ 2 từ
  recognition add --unit CODE --year Y --level 1|2|none --decision NUMBER --date D [--signer NAME]
                                        ghi quyết định công nhận (hoặc không công nhận) của UBND tỉnh cho một đơn vị, một năm
  recognition carry --from CODE --year Y --unit CODE --note TEXT
                                        chuyển quyết định sang đơn vị hình thành sau hợp nhất hoặc chia tách
  backup [-o FILE | --folder DIR]       bản sao lưu cơ sở dữ liệu đã được kiểm tra, tạo được cả khi đang dùng
                                        (mặc định: vào thư mục sao lưu đã chọn trong cửa sổ chương trình)
  restore FILE                          kiểm tra bản sao lưu, giữ lại cơ sở dữ liệu hiện tại thành một bản
                                        sao, rồi thay bằng bản sao lưu (trọn vẹn hoặc không thay gì), kể cả khi
                                        tệp hỏng đến mức không mở được
  server init                           thiết lập cơ sở dữ liệu dùng chung của cơ quan trên máy chủ PostgreSQL
                                        (--db postgresql://…): kế hoạch, các vai trò và quyền của từng vai trò
  server add-user NAME --role clerk|council|leader|unit [--unit CODE] [--password-stdin]
                                        thêm một tài khoản đăng nhập máy chủ với một vai trò
  server remove-user NAME               xóa một tài khoản đăng nhập
  server users [--format F]             các tài khoản đăng nhập và vai trò của từng tài khoản
  copy --from SOURCE --to TARGET        sao chép toàn bộ cơ sở dữ liệu giữa tệp và máy chủ (hoặc giữa hai tệp,
                                        hai máy chủ) sang một cơ sở dữ liệu mới, còn trống: trọn vẹn hoặc không chép gì

Tùy chọn:
  --db PATH                             tệp cơ sở dữ liệu, hoặc địa chỉ máy chủ postgresql://user@host/db
                                        (mặc định: $XHHT_DB, nếu không có thì thư mục dữ liệu của người dùng)
  --format F                            tsv, csv hoặc json, cho đầu ra dùng cho chương trình khác
  -h, --help                            trợ giúp này; COMMAND --help để xem các tùy chọn của từng lệnh
  -v, --version                         phiên bản của chương trình

Mã thoát: 0 thành công, 2 dùng sai cú pháp, 1 các lỗi khác.
</translation>
    </message>
    <message>
        <source>your login %1 on %2 is a leader&apos;s: it reads, prints and exports, and changes nothing.</source>
        <translation>tài khoản %1 trên %2 là tài khoản lãnh đạo: chỉ xem, in và xuất, không thay đổi dữ liệu.</translation>
    </message>
</context>
<context>
    <name>CommendationCatalogueDialog</name>
    <message>
        <source>In &amp;use</source>
        <translation>Đang &amp;dùng</translation>
    </message>
    <message>
        <source>&amp;Applied</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Commendation catalogue</source>
        <translation>Danh mục khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Forms and titles</source>
        <translation>&amp;Hình thức và danh hiệu</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <source>&amp;Suggestion rules</source>
        <translation>&amp;Quy tắc gợi ý</translation>
    </message>
    <message>
        <source>Commendation form (hình thức khen thưởng)</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Emulation title (danh hiệu thi đua)</source>
        <translation>Danh hiệu thi đua</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Cấ&amp;p:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Dịp:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>e.g. Phó Trưởng phòng</source>
        <translation>ví dụ: Phó Trưởng phòng</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Họ và &amp;tên:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>A class or better in every year</source>
        <translation>Đạt một mức xếp loại trở lên trong mọi năm</translation>
    </message>
    <message>
        <source>Among the top N</source>
        <translation>Nằm trong N đơn vị dẫn đầu</translation>
    </message>
    <message>
        <source>&amp;Class or better:</source>
        <translation>&amp;Xếp loại từ:</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Dẫn đầu:</translation>
    </message>
    <message>
        <source>%1 (emulation title)</source>
        <translation>%1 (danh hiệu)</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (không dùng)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>top %1 in every year</source>
        <translation>dẫn đầu (%1) trong mọi năm</translation>
    </message>
    <message>
        <source>top %1 in the last year</source>
        <translation>dẫn đầu (%1) trong năm cuối</translation>
    </message>
    <message>
        <source>%1 or better in every year</source>
        <translation>%1 trở lên trong mọi năm</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (không áp dụng)</translation>
    </message>
    <message>
        <source>In every &amp;year of the phase</source>
        <translation>Trong mọi &amp;năm của giai đoạn</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>&amp;Kiểu quy tắc:</translation>
    </message>
    <message>
        <source>Pr&amp;oposes:</source>
        <translation>Khen thưởng &amp;bằng:</translation>
    </message>
</context>
<context>
    <name>CommendationCatalogueService</name>
    <message>
        <source>There is no commendation form %1.</source>
        <translation>Không có hình thức khen thưởng %1.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use form or title.</source>
        <translation>Loại “%1” không hợp lệ; hãy dùng form hoặc title.</translation>
    </message>
    <message>
        <source>A commendation form needs its name, as printed.</source>
        <translation>Hình thức khen thưởng cần có tên, như khi in.</translation>
    </message>
    <message>
        <source>The catalogue already has “%1”.</source>
        <translation>Danh mục đã có “%1”.</translation>
    </message>
    <message>
        <source>Unknown level “%1”; use so, tinh, bo or nha_nuoc.</source>
        <translation>Cấp “%1” không hợp lệ; hãy dùng so, tinh, bo hoặc nha_nuoc.</translation>
    </message>
    <message>
        <source>Unknown subject “%1”.</source>
        <translation>Đối tượng “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>A commendation form needs at least one subject.</source>
        <translation>Hình thức khen thưởng cần ít nhất một đối tượng.</translation>
    </message>
    <message>
        <source>Unknown occasion “%1”.</source>
        <translation>Dịp “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>A commendation form needs at least one occasion.</source>
        <translation>Hình thức khen thưởng cần ít nhất một dịp khen thưởng.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) use “%1”; mark the form inactive instead of removing it.</source>
        <translation>
            <numerusform>%n đề nghị đang dùng “%1”; hãy đánh dấu hình thức này là không dùng thay vì gỡ bỏ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion rule(s) propose “%1”; change or remove them first.</source>
        <translation>
            <numerusform>%n quy tắc gợi ý đang đề nghị “%1”; hãy sửa hoặc gỡ bỏ các quy tắc đó trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no individual %1.</source>
        <translation>Không có cá nhân %1.</translation>
    </message>
    <message>
        <source>An individual needs a full name.</source>
        <translation>Cá nhân cần có họ và tên.</translation>
    </message>
    <message>
        <source>An individual needs the unit they work in.</source>
        <translation>Cá nhân cần có đơn vị công tác.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n proposal(s); remove those proposals first.</source>
        <translation>
            <numerusform>%1 có trong %n đề nghị; hãy gỡ bỏ các đề nghị đó trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no suggestion rule %1.</source>
        <translation>Không có quy tắc gợi ý %1.</translation>
    </message>
    <message>
        <source>The rule needs the class to reach in every year.</source>
        <translation>Quy tắc cần mức xếp loại phải đạt trong mọi năm.</translation>
    </message>
    <message>
        <source>The rule needs how many of the best units, 1 or more.</source>
        <translation>Quy tắc cần số đơn vị dẫn đầu, từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Unknown rule “%1”; use class_every_year or top_n.</source>
        <translation>Quy tắc “%1” không hợp lệ; hãy dùng class_every_year hoặc top_n.</translation>
    </message>
    <message>
        <source>The rule needs the commendation form it proposes.</source>
        <translation>Quy tắc cần hình thức khen thưởng được đề nghị.</translation>
    </message>
</context>
<context>
    <name>CommendationCommands</name>
    <message>
        <source>The phase whose proposals to list: 1 or 2.</source>
        <translation>Giai đoạn cần liệt kê đề nghị: 1 hoặc 2.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the proposal list to FILE: .pdf (official format) or .xlsx.</source>
        <translation>Ghi danh sách đề nghị ra TỆP: .pdf (đúng thể thức văn bản) hoặc .xlsx.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Output format without -o: tsv, csv or json.</source>
        <translation>Định dạng đầu ra khi không có -o: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>&apos;commendations&apos; needs --phase N, one of: %1.</source>
        <translation>&apos;commendations&apos; cần --phase N, một trong: %1.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>&apos;commendations&apos; writes -o FILE.pdf or -o FILE.xlsx.</source>
        <translation>&apos;commendations&apos; ghi -o TỆP.pdf hoặc -o TỆP.xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n proposal(s) of phase %1 to %2.
</source>
        <translation>
            <numerusform>Đã ghi %n đề nghị của giai đoạn %1 vào %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>phase %1 has no commendation proposals yet; there is no list to write (propose units on the Reviews screen first).</source>
        <translation>giai đoạn %1 chưa có đề nghị khen thưởng nào; không có danh sách để ghi (hãy đề nghị đơn vị ở màn hình Sơ kết, tổng kết trước).</translation>
    </message>
</context>
<context>
    <name>CommendationService</name>
    <message>
        <source>Unknown phase %1.</source>
        <translation>Giai đoạn %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The plan has no phase %1.</source>
        <translation>Kế hoạch không có giai đoạn %1.</translation>
    </message>
    <message>
        <source>A proposal needs its year.</source>
        <translation>Đề nghị cần có năm.</translation>
    </message>
    <message>
        <source>Unknown subject “%1”; use tap_the or ca_nhan.</source>
        <translation>Đối tượng “%1” không hợp lệ; hãy dùng tap_the hoặc ca_nhan.</translation>
    </message>
    <message>
        <source>A proposal needs a commendation form of the catalogue.</source>
        <translation>Đề nghị cần một hình thức khen thưởng trong danh mục.</translation>
    </message>
    <message>
        <source>“%1” is not given to the chosen subject (%2).</source>
        <translation>“%1” không áp dụng cho đối tượng đã chọn (%2).</translation>
    </message>
    <message>
        <source>“%1” is no longer in use.</source>
        <translation>“%1” không còn được dùng.</translation>
    </message>
    <message>
        <source>A proposal for an individual needs the person.</source>
        <translation>Đề nghị khen thưởng cá nhân cần chọn người được đề nghị.</translation>
    </message>
    <message>
        <source>A proposal needs the unit it concerns.</source>
        <translation>Đề nghị cần có đơn vị.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Trạng thái “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation>Ngày quyết định %1 ở tương lai.</translation>
    </message>
    <message>
        <source>This individual is already proposed for “%1” in the same phase or year.</source>
        <translation>Cá nhân này đã được đề nghị “%1” trong cùng giai đoạn hoặc năm.</translation>
    </message>
    <message>
        <source>This unit is already proposed for “%1” in the same phase or year.</source>
        <translation>Đơn vị này đã được đề nghị “%1” trong cùng giai đoạn hoặc năm.</translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation>Không có đề nghị %1.</translation>
    </message>
    <message>
        <source>Only a removed proposal with its number can be put back.</source>
        <translation>Chỉ có thể khôi phục một đề nghị đã gỡ bỏ, kèm số hiệu của nó.</translation>
    </message>
    <message>
        <source>Proposal %1 is already there.</source>
        <translation>Đề nghị %1 đã có.</translation>
    </message>
    <message>
        <source>the proposal for %1</source>
        <translation>đề nghị khen thưởng cho %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Ghi nhớ mật khẩu trong kho khóa của máy tính này</translation>
    </message>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation>Kết nối máy chủ của cơ quan</translation>
    </message>
    <message>
        <source>server name or address, e.g. csdl.svhttdl.tayninh.gov.vn</source>
        <translation>tên hoặc địa chỉ máy chủ, ví dụ csdl.svhttdl.tayninh.gov.vn</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Mã hóa khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Luôn mã hóa</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Mã hóa, có kiểm tra chứng thư của máy chủ</translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation>Không mã hóa (chỉ trên máy này hoặc mạng tin cậy)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>The office&apos;s shared database on a PostgreSQL server. Ask the administrator for these details; the password is never written to the program&apos;s settings.</source>
        <translation>Cơ sở dữ liệu dùng chung của cơ quan trên máy chủ PostgreSQL. Hỏi người quản trị các thông tin này; mật khẩu không bao giờ được ghi vào phần cài đặt của chương trình.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation>Hãy điền máy chủ, cơ sở dữ liệu và tên đăng nhập.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be remembered: %1</source>
        <translation>Đã kết nối, nhưng không ghi nhớ được mật khẩu: %1</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Record &amp;submissions</source>
        <translation>&amp;Nhận hồ sơ đơn vị</translation>
    </message>
    <message>
        <source>S&amp;core the units</source>
        <translation>Chấm điể&amp;m</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>Lập &amp;báo cáo</translation>
    </message>
    <message>
        <source>Follow the &amp;tasks</source>
        <translation>Theo dõi nhiệm &amp;vụ</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>%1 of %2 units have sent their report</source>
        <translation>%1/%2 đơn vị đã gửi báo cáo</translation>
    </message>
    <message>
        <source>Received: %1 (late %2) · Missing: %3 · Units&apos; deadline: %4</source>
        <translation>Đã nhận: %1 (trễ hạn %2) · Chưa gửi: %3 · Hạn đơn vị gửi: %4</translation>
    </message>
    <message>
        <source>Units whose scores are not yet reviewed: %1</source>
        <translation>Đơn vị chưa được thẩm định điểm: %1</translation>
    </message>
    <message>
        <source>Every unit that sent its report has been reviewed.</source>
        <translation>Mọi đơn vị đã gửi báo cáo đều đã được thẩm định.</translation>
    </message>
    <message>
        <source>Overdue tasks: %1</source>
        <translation>Nhiệm vụ quá hạn: %1</translation>
    </message>
    <message>
        <source>The year&apos;s tasks are not generated yet (the database is read-only).</source>
        <translation>Chưa lập danh sách nhiệm vụ của năm (cơ sở dữ liệu đang ở chế độ chỉ đọc).</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>Không có nhiệm vụ quá hạn.</translation>
    </message>
    <message>
        <source>%1 – %2: due %3</source>
        <translation>%1 – %2: hạn %3</translation>
    </message>
    <message>
        <source>Overdue since you last opened xhht (%1)</source>
        <translation>Quá hạn từ lần mở xhht trước (%1)</translation>
    </message>
    <message>
        <source>Overdue since you last opened xhht</source>
        <translation>Quá hạn từ lần mở xhht trước</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Không có gì mới.</translation>
    </message>
    <message>
        <source>No unit has sent its report yet.</source>
        <translation>Chưa có đơn vị nào gửi báo cáo.</translation>
    </message>
    <message>
        <source>No backup folder is chosen: choose one (a USB stick or a network folder) in Tools ▸ Settings.</source>
        <translation>Chưa chọn thư mục sao lưu: hãy chọn một thư mục (trên USB hoặc thư mục mạng) trong Công cụ ▸ Cài đặt.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be found: plug in the USB stick or connect the network folder.</source>
        <translation>Không tìm thấy thư mục sao lưu %1: hãy cắm USB hoặc kết nối thư mục mạng.</translation>
    </message>
    <message>
        <source>No backup in %1 yet: File ▸ Back up now makes one.</source>
        <translation>Chưa có bản sao lưu nào trong %1: chọn Tệp ▸ Sao lưu ngay để tạo.</translation>
    </message>
    <message>
        <source>The last backup (%1) is %2 days old: File ▸ Back up now makes one.</source>
        <translation>Bản sao lưu gần nhất (%1) đã cũ %2 ngày: chọn Tệp ▸ Sao lưu ngay để tạo bản mới.</translation>
    </message>
    <message>
        <source>Last backup: %1, in %2.</source>
        <translation>Sao lưu gần nhất: %1, tại %2.</translation>
    </message>
    <message numerus="yes">
        <source>Recognition dossiers of %1 (Circular 24/2023) to the Department of Education before %2: %n unit(s) reach a level on their reviewed results</source>
        <translation>
            <numerusform>Hồ sơ công nhận năm %1 (Thông tư 24/2023) gửi Sở Giáo dục và Đào tạo trước ngày %2: %n đơn vị đạt mức độ theo kết quả thẩm định</numerusform>
        </translation>
    </message>
    <message>
        <source>The data is on a server: its backups are made there by the administrator (pg_dump).</source>
        <translation>Dữ liệu nằm trên máy chủ: người quản trị sao lưu trên máy chủ (pg_dump).</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message numerus="yes">
        <source>The units&apos; deadline (%1) passed: %n unit(s) sent nothing</source>
        <translation>
            <numerusform>Đã qua hạn đơn vị gửi báo cáo (%1): %n đơn vị chưa gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: overdue for %n unit(s)</source>
        <translation>
            <numerusform>%1: quá hạn ở %n đơn vị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>Thay đổi vi phạm quy tắc dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation>Cơ sở dữ liệu ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an xhht database (it is not an SQLite file).</source>
        <translation>%1 không phải là cơ sở dữ liệu của xhht (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 bị hỏng và không đọc được: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (it has no xhht tables); it was not changed.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác (không có các bảng của xhht); tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 is not an xhht database; it was not changed.</source>
        <translation>%1 không phải là cơ sở dữ liệu của xhht; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 was written by a newer xhht (schema %2; this program knows up to %3). Update the program; the file was not changed.</source>
        <translation>%1 được tạo bởi phiên bản xhht mới hơn (lược đồ %2; chương trình này chỉ hỗ trợ đến %3). Vui lòng cập nhật chương trình; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Không đọc được %1: không có quyền truy cập.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>%1 is read-only and must be upgraded before use; make it writable and try again. The file was not changed.</source>
        <translation>%1 ở chế độ chỉ đọc nhưng cần được nâng cấp trước khi sử dụng; vui lòng cấp quyền ghi cho tệp rồi thử lại. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free some space on it and try again. Nothing was changed.</source>
        <translation>Ổ đĩa chứa %1 đã đầy: hãy giải phóng bớt dung lượng rồi thử lại. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Another program or person is writing to the database and has not finished after %1 seconds; nothing was changed. Try again when they are done (another xhht window or command may be open on the same file).</source>
        <translation>Một chương trình hoặc người dùng khác đang ghi vào cơ sở dữ liệu và sau %1 giây vẫn chưa xong; chưa có gì bị thay đổi. Hãy thử lại khi họ ghi xong (có thể một cửa sổ hoặc lệnh xhht khác đang mở cùng tệp này).</translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore the latest backup (File ▸ Restore from a backup… or &apos;xhht restore FILE&apos;).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: %1. Hãy khôi phục bản sao lưu gần nhất (Tệp ▸ Khôi phục từ bản sao lưu… hoặc &apos;xhht restore TỆP&apos;).</translation>
    </message>
    <message>
        <source>The disk could not read or write the database (%1). Check that the disk or network folder is still there; the file itself may be intact.</source>
        <translation>Ổ đĩa không đọc hoặc ghi được cơ sở dữ liệu (%1). Hãy kiểm tra ổ đĩa hoặc thư mục mạng còn kết nối không; bản thân tệp có thể vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Không mở được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Nothing was written to it. Restore the latest backup: File ▸ Restore from a backup… in the window, or &apos;xhht restore FILE&apos;.</source>
        <translation>%1 bị hỏng (SQLite kiểm tra thấy: %2). Chưa ghi gì vào tệp. Hãy khôi phục bản sao lưu gần nhất: Tệp ▸ Khôi phục từ bản sao lưu… trong cửa sổ chương trình, hoặc &apos;xhht restore TỆP&apos;.</translation>
    </message>
    <message>
        <source>Only an SQLite database can be copied this way.</source>
        <translation>Chỉ sao chép được cơ sở dữ liệu SQLite theo cách này.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 ở chế độ chỉ đọc; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed); it was not changed. Restore the latest backup (File ▸ Restore from a backup… or &apos;xhht restore FILE&apos;).</source>
        <translation>%1 bị hỏng (không qua được bước kiểm tra toàn vẹn); tệp không bị thay đổi. Hãy khôi phục bản sao lưu gần nhất (Tệp ▸ Khôi phục từ bản sao lưu… hoặc &apos;xhht restore TỆP&apos;).</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder (%2) and must be upgraded before use; copy it to a folder you can write to, or make the folder writable, and try again. The file was not changed.</source>
        <translation>%1 nằm trong thư mục chỉ đọc (%2) và cần được nâng cấp trước khi dùng; hãy sao chép tệp sang thư mục ghi được, hoặc cho phép ghi vào thư mục, rồi thử lại. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db (or $XHHT_DB); &apos;xhht --db PATH init&apos; creates a new one.</source>
        <translation>Không có cơ sở dữ liệu tại %1. Hãy kiểm tra đường dẫn trong --db (hoặc $XHHT_DB); lệnh &apos;xhht --db ĐƯỜNG_DẪN init&apos; sẽ tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 before upgrading it (%2); nothing was changed.</source>
        <translation>Không lưu được bản sao của %1 trước khi nâng cấp (%2); chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (Debian: install the package libqt6sql6-psql).</source>
        <translation>Bản cài đặt này không kết nối được máy chủ PostgreSQL: thiếu trình điều khiển PostgreSQL của Qt (Debian: cài gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused the login: wrong user name or password. Check them (or ~/.pgpass, PGPASSWORD) and try again.</source>
        <translation>Máy chủ %1 từ chối đăng nhập: sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra lại (hoặc ~/.pgpass, PGPASSWORD) rồi thử lại.</translation>
    </message>
    <message>
        <source>The server has no database named in %1. Ask the administrator for the right address; &apos;xhht server init --db ADDRESS&apos; sets up a new one.</source>
        <translation>Máy chủ không có cơ sở dữ liệu ghi trong %1. Hãy hỏi người quản trị địa chỉ đúng; lệnh &apos;xhht server init --db ĐỊA_CHỈ&apos; thiết lập cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 could not be made: %2. Check sslmode in the address and the server&apos;s certificate.</source>
        <translation>Không tạo được kết nối bảo mật (TLS) đến %1: %2. Hãy kiểm tra sslmode trong địa chỉ và chứng thư của máy chủ.</translation>
    </message>
    <message>
        <source>The server %1 does not let this login in from this computer (%2). Ask the administrator to allow it in pg_hba.conf.</source>
        <translation>Máy chủ %1 không cho tài khoản này đăng nhập từ máy tính này (%2). Hãy đề nghị người quản trị cho phép trong pg_hba.conf.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). Check the network and the address, then try again.</source>
        <translation>Không kết nối được máy chủ %1 (%2). Hãy kiểm tra mạng và địa chỉ rồi thử lại.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer xhht (schema %2; this program knows up to %3). Update the program; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 do phiên bản xhht mới hơn thiết lập (lược đồ %2; chương trình này chỉ biết đến %3). Hãy cập nhật chương trình; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 has no xhht data yet. &apos;xhht server init --db ADDRESS&apos; sets it up.</source>
        <translation>Cơ sở dữ liệu %1 chưa có dữ liệu xhht. Lệnh &apos;xhht server init --db ĐỊA_CHỈ&apos; sẽ thiết lập.</translation>
    </message>
    <message>
        <source>Someone else was changing the same data at the same moment; nothing was changed. Try again.</source>
        <translation>Người khác đang sửa cùng dữ liệu vào đúng lúc đó; chưa có gì bị thay đổi. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was changed. Tell the administrator.</source>
        <translation>Ổ đĩa của máy chủ đã đầy; chưa có gì bị thay đổi. Hãy báo người quản trị.</translation>
    </message>
    <message>
        <source>The server is read-only: %1</source>
        <translation>Máy chủ chỉ cho đọc: %1</translation>
    </message>
    <message>
        <source>The server refused this: your login may not read or change these data (%1). Nothing was changed.</source>
        <translation>Máy chủ từ chối: tài khoản của bạn không được đọc hoặc thay đổi những dữ liệu này (%1). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1). Nothing was changed; choose File ▸ Reconnect to the server (Ctrl+Shift+R), then try again.</source>
        <translation>Mất kết nối với máy chủ (%1). Chưa có gì bị thay đổi; hãy chọn Tệp ▸ Kết nối lại máy chủ (Ctrl+Shift+R) rồi thử lại.</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>máy chủ đã đóng kết nối</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Create a new database file, with the plan and no units&apos; data</source>
        <translation>Tạo tệp cơ sở dữ liệu mới, có sẵn kế hoạch, chưa có số liệu của đơn vị</translation>
    </message>
    <message>
        <source>Work on another database file</source>
        <translation>Làm việc trên một tệp cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <source>xhht databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu xhht (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File ▸ Open….</source>
        <translation>%1 đã có. Hãy chọn tên khác, hoặc mở tệp đó bằng Tệp ▸ Mở….</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>Không còn tệp %1.</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>%1 days left until %2 to send the report to the Department of Education and Training</source>
        <translation>Còn %1 ngày đến hạn %2 gửi báo cáo cho Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>1 day left until %1 to send the report to the Department of Education and Training</source>
        <translation>Còn 1 ngày đến hạn %1 gửi báo cáo cho Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Due today (%1): send the report to the Department of Education and Training</source>
        <translation>Hôm nay (%1) là hạn gửi báo cáo cho Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>The deadline passed 1 day ago (%1)</source>
        <translation>Đã quá hạn 1 ngày (%1)</translation>
    </message>
    <message>
        <source>The deadline passed %1 days ago (%2)</source>
        <translation>Đã quá hạn %1 ngày (%2)</translation>
    </message>
    <message>
        <source>Today is %1; the report to the Department of Education and Training is due on %2</source>
        <translation>Hôm nay là %1; hạn gửi báo cáo cho Sở Giáo dục và Đào tạo là %2</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Ranked list of learning units</source>
        <translation>Danh sách xếp hạng đơn vị học tập</translation>
    </message>
    <message>
        <source>Annual summary report</source>
        <translation>Báo cáo kết quả hằng năm</translation>
    </message>
    <message>
        <source>Phase review report</source>
        <translation>Báo cáo sơ kết, tổng kết giai đoạn</translation>
    </message>
    <message>
        <source>Commendation proposal list</source>
        <translation>Danh sách đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Reminder letter (official letter)</source>
        <translation>Công văn đôn đốc</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <source>The document&apos;s date, dd/mm/yyyy (default: today).</source>
        <translation>Ngày của văn bản, dạng dd/mm/yyyy (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>The document&apos;s number (default: blank, to fill in on paper).</source>
        <translation>Số của văn bản (mặc định: để trống, để điền tay trên bản in).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--date takes a date such as 05/12/2025, not &apos;%1&apos;.</source>
        <translation>--date cần một ngày, ví dụ 05/12/2025, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--number takes a whole number such as 5, not &apos;%1&apos;.</source>
        <translation>--number cần một số nguyên, ví dụ 5, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The name of who signs this document (default: the signer set in Settings; not saved).</source>
        <translation>Họ tên người ký văn bản này (mặc định: người ký đặt trong Cài đặt; không lưu lại).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>HỌ_TÊN</translation>
    </message>
    <message>
        <source>--signer takes the signer&apos;s name, such as --signer &quot;Trần Văn Ký&quot;.</source>
        <translation>--signer cần họ tên người ký, ví dụ --signer &quot;Trần Văn Ký&quot;.</translation>
    </message>
    <message>
        <source>xhht: warning: no signer is set, so the document has no name under its signature; set the signer in the window&apos;s Settings (Documents), or give --signer NAME.
</source>
        <translation>xhht: cảnh báo: chưa đặt người ký nên văn bản không có họ tên dưới chữ ký; hãy đặt người ký trong Cài đặt (Văn bản) của cửa sổ chương trình, hoặc dùng --signer HỌ_TÊN.
</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The page margins are outside those of Decree 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.</source>
        <translation>Lề trang nằm ngoài quy định của Nghị định 30/2020: lề trên và lề dưới 20-25 mm, lề trái 30-35 mm, lề phải 15-20 mm.</translation>
    </message>
    <message>
        <source>The font sizes are outside those of Decree 30/2020: text 13-14 pt, tables 12-13 pt.</source>
        <translation>Cỡ chữ nằm ngoài quy định của Nghị định 30/2020: phần nội dung 13-14 pt, bảng biểu 12-13 pt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The document cannot be drawn on this output.</source>
        <translation>Không thể tạo văn bản trên thiết bị đầu ra này.</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsPage</name>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>&amp;Governing body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>Drafting &amp;unit:</source>
        <translation>Đơn vị &amp;soạn thảo:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>The head, in person</source>
        <translation>Người đứng đầu ký trực tiếp</translation>
    </message>
    <message>
        <source>KT. (a deputy, on behalf of the head)</source>
        <translation>KT. (cấp phó ký thay người đứng đầu)</translation>
    </message>
    <message>
        <source>TL. (by order of the head)</source>
        <translation>TL. (ký thừa lệnh)</translation>
    </message>
    <message>
        <source>TUQ. (by authorisation)</source>
        <translation>TUQ. (ký thừa ủy quyền)</translation>
    </message>
    <message>
        <source>TM. (on behalf of a collective body)</source>
        <translation>TM. (ký thay mặt tập thể)</translation>
    </message>
    <message>
        <source>Q. (acting head)</source>
        <translation>Q. (quyền người đứng đầu)</translation>
    </message>
    <message>
        <source>&amp;Signs as:</source>
        <translation>&amp;Hình thức ký:</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title:</source>
        <translation>Chức &amp;danh người đứng đầu:</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>One recipient a line, as printed after “- ”; the last one is the archive, such as “Lưu: VT, QLVHGD.”</source>
        <translation>Mỗi dòng một nơi nhận, như được in sau “- ”; dòng cuối là nơi lưu, ví dụ “Lưu: VT, QLVHGD.”</translation>
    </message>
    <message>
        <source>The usual “Nơi nhận” (one a &amp;line):</source>
        <translation>“Nơi nhận” thường dùng (mỗi &amp;dòng một nơi):</translation>
    </message>
    <message>
        <source>&amp;Reports go to:</source>
        <translation>Báo cáo &amp;gửi:</translation>
    </message>
    <message>
        <source>Document symbols (empty: the default shown)</source>
        <translation>Ký hiệu văn bản (để trống: dùng ký hiệu mặc định đang hiện)</translation>
    </message>
    <message>
        <source>Signing as %1 needs the head&apos;s title, such as GIÁM ĐỐC.</source>
        <translation>Ký %1 cần chức danh người đứng đầu, ví dụ GIÁM ĐỐC.</translation>
    </message>
</context>
<context>
    <name>EvidenceOpener</name>
    <message>
        <source>Cannot write a copy of %1 to open it: %2</source>
        <translation>Không ghi được bản sao của %1 để mở: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 with the program the computer uses for it.</source>
        <translation>Không mở được %1 bằng chương trình mặc định của máy tính cho loại tệp này.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;hêm…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>The whole submission</source>
        <translation>Toàn bộ hồ sơ</translation>
    </message>
    <message>
        <source>The rubric criterion the files you add are evidence for</source>
        <translation>Tiêu chí (trong bộ tiêu chí) mà các tệp được thêm vào làm minh chứng</translation>
    </message>
    <message>
        <source>New files are evidence &amp;for:</source>
        <translation>Tệp mới thêm &amp;dùng làm minh chứng cho:</translation>
    </message>
    <message>
        <source>Open the selected file with the program the computer uses for it</source>
        <translation>Mở tệp đang chọn bằng chương trình mặc định của máy tính cho loại tệp này</translation>
    </message>
    <message>
        <source>Whole submission</source>
        <translation>Toàn bộ hồ sơ</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Thêm tệp minh chứng</translation>
    </message>
    <message>
        <source>Cannot add evidence</source>
        <translation>Không thêm được minh chứng</translation>
    </message>
    <message>
        <source>Remove the selected files from the submission (Cancel keeps them; after saving, Edit ▸ Undo brings them back)</source>
        <translation>Gỡ bỏ các tệp đang chọn khỏi hồ sơ (bấm Hủy thì tệp được giữ lại; sau khi lưu, Sửa ▸ Hoàn tác sẽ khôi phục tệp)</translation>
    </message>
    <message>
        <source>Attach files; they are stored when you save (at most %1 each)</source>
        <translation>Đính kèm tệp; tệp được lưu khi bạn lưu (tối đa %1 mỗi tệp)</translation>
    </message>
    <message>
        <source>Remove the selected files (Cancel keeps them)</source>
        <translation>Gỡ bỏ các tệp đã chọn (Hủy sẽ giữ lại)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create a new database in the data &amp;folder</source>
        <translation>Tạo cơ sở dữ liệu mới trong thư mục &amp;dữ liệu</translation>
    </message>
    <message>
        <source>Create a new database in &amp;another file:</source>
        <translation>Tạo cơ sở dữ liệu mới ở &amp;tệp khác:</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file:</source>
        <translation>&amp;Mở tệp cơ sở dữ liệu đã có:</translation>
    </message>
    <message>
        <source>Open the &amp;demo (sample data for 2024 and 2025, in a file of its own)</source>
        <translation>Mở bản dùng &amp;thử (dữ liệu mẫu năm 2024 và 2025, trong một tệp riêng)</translation>
    </message>
    <message>
        <source>Welcome to xhht</source>
        <translation>Chào mừng đến với xhht</translation>
    </message>
    <message>
        <source>the new file, e.g. D:\XHHT\xhht.sqlite</source>
        <translation>tệp mới, ví dụ D:\XHHT\xhht.sqlite</translation>
    </message>
    <message>
        <source>a file made by xhht (.sqlite)</source>
        <translation>tệp do xhht tạo (.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No xhht database was found.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;xhht keeps all its data (units, submissions, scores, reports) in one database file. Choose where it will be; back it up like any important document.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chưa có cơ sở dữ liệu xhht.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;xhht lưu toàn bộ dữ liệu (đơn vị, hồ sơ, điểm, báo cáo) trong một tệp cơ sở dữ liệu. Hãy chọn nơi đặt tệp; sao lưu tệp này như mọi văn bản quan trọng.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>xhht database (%1)</source>
        <translation>Cơ sở dữ liệu xhht (%1)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>xhht database (%1);;All files (*)</source>
        <translation>Cơ sở dữ liệu xhht (%1);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Type or choose the new file&apos;s name.</source>
        <translation>Hãy nhập hoặc chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>%1 already exists: choose “Open an existing database file” to use it.</source>
        <translation>%1 đã có: hãy chọn “Mở tệp cơ sở dữ liệu đã có” để dùng tệp này.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Type or choose the file to open.</source>
        <translation>Hãy nhập hoặc chọn tệp cần mở.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>Connect to the office&apos;s &amp;server (a database shared on PostgreSQL)</source>
        <translation>Kết nối &amp;máy chủ của cơ quan (cơ sở dữ liệu dùng chung trên PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About xhht</source>
        <translation>&amp;Giới thiệu về xhht</translation>
    </message>
</context>
<context>
    <name>HiddenText</name>
    <message>
        <source>the text holds an invisible or control character (U+%1) at character %2; remove it</source>
        <translation>văn bản có ký tự ẩn hoặc ký tự điều khiển (U+%1) ở ký tự thứ %2; hãy xóa ký tự này</translation>
    </message>
</context>
<context>
    <name>ImportFileDetails</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Rows read: %1 · new: %2 · changed: %3 · change nothing: %4 · empty (skipped): %5</source>
        <translation>Số dòng đã đọc: %1 · thêm mới: %2 · cập nhật: %3 · không thay đổi gì: %4 · dòng trống (bỏ qua): %5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cập nhật</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this file. Click a problem to select every problem of its row.</source>
        <translation>
            <numerusform>Tệp này có %n lỗi. Bấm vào một lỗi để chọn mọi lỗi cùng dòng của nó.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %L1 are listed, and %L2 more are not.</source>
        <translation>Danh sách chỉ nêu %L1 lỗi đầu tiên; còn %L2 lỗi khác không được nêu.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Column %1, key [%2]</source>
        <translation>Cột %1, khóa [%2]</translation>
    </message>
    <message numerus="yes">
        <source>Row %1%2: %n problem(s)</source>
        <translation>
            <numerusform>Dòng %1%2: %n lỗi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>column %1 “%2”</source>
        <translation>cột %1 “%2”</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
</context>
<context>
    <name>LineageConsequences</name>
    <message>
        <source>%1: %2 ends on %3 (its last day is the day before).</source>
        <translation>%1: %2 chấm dứt từ ngày %3 (ngày cuối cùng là ngày hôm trước).</translation>
    </message>
    <message>
        <source>%1: %2 is no longer expected to report from %1.</source>
        <translation>%1: từ năm %1, %2 không còn phải báo cáo.</translation>
    </message>
    <message>
        <source>%1: the report of %2 (received %3) stays with %2, the former unit; it is not moved to %4.</source>
        <translation>%1: báo cáo của %2 (nhận ngày %3) vẫn thuộc %2, đơn vị cũ; không chuyển sang %4.</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>đơn vị khác</translation>
    </message>
    <message>
        <source>%1: %2 has sent no report for %1; it is still expected for %1, as the unit was active part of the year.</source>
        <translation>%1: %2 chưa gửi báo cáo năm %1; đơn vị vẫn phải báo cáo năm %1 vì đã hoạt động một phần của năm.</translation>
    </message>
    <message>
        <source>%1: the reviewed scores of %2 stay with it; it is still ranked in %1.</source>
        <translation>%1: điểm thẩm định của %2 vẫn thuộc đơn vị đó; đơn vị vẫn được xếp hạng năm %1.</translation>
    </message>
    <message>
        <source>%1: the commendation proposal for %2 (%3) stays with %2; propose %4 anew if it should go to the new unit.</source>
        <translation>%1: đề nghị khen thưởng %2 (%3) vẫn thuộc %2; nếu cần khen thưởng đơn vị mới, hãy đề nghị lại cho %4.</translation>
    </message>
    <message>
        <source>%1: %2 starts on %3; for %1 it is covered by the reports of the units it replaces once each of them has sent one (it is then not missing and gets no reminder; it may still send its own).</source>
        <translation>%1: %2 bắt đầu từ ngày %3; năm %1, đơn vị được tính theo báo cáo của các đơn vị tiền thân khi tất cả các đơn vị này đã gửi báo cáo (khi đó không bị tính là chưa gửi và không bị đôn đốc; vẫn có thể gửi báo cáo riêng).</translation>
    </message>
    <message>
        <source>%1: %2 starts on %3 and reports for %1.</source>
        <translation>%1: %2 bắt đầu từ ngày %3 và báo cáo năm %1.</translation>
    </message>
    <message>
        <source>%1: %2 goes on and reports as before.</source>
        <translation>%1: %2 tiếp tục hoạt động và báo cáo như trước.</translation>
    </message>
    <message>
        <source>From %1: %2 no longer reports.</source>
        <translation>Từ năm %1: %2 không còn báo cáo.</translation>
    </message>
    <message>
        <source>From %1: %2 reports instead of %3.</source>
        <translation>Từ năm %1: %2 báo cáo thay cho %3.</translation>
    </message>
    <message>
        <source>What this change does</source>
        <translation>Hệ quả của thay đổi</translation>
    </message>
    <message>
        <source>Before the change is applied, here is what it does, year by year:</source>
        <translation>Trước khi áp dụng, đây là những gì thay đổi này tác động, theo từng năm:</translation>
    </message>
    <message>
        <source>… and %1 more (Show Details…)</source>
        <translation>… và %1 mục khác (Xem chi tiết…)</translation>
    </message>
    <message>
        <source>&amp;Apply the change</source>
        <translation>Á&amp;p dụng thay đổi</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>xhht – Learning society movement 2024-2030</source>
        <translation>xhht – Phong trào xây dựng xã hội học tập 2024-2030</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation>chỉ đọc: không thể lưu các thay đổi</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About xhht</source>
        <translation>&amp;Giới thiệu về xhht</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu về &amp;Qt</translation>
    </message>
    <message>
        <source>About xhht</source>
        <translation>Giới thiệu về xhht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xhht %1&lt;/h3&gt;&lt;p&gt;Follows the plan of the Department of Culture, Sports and Tourism of Tây Ninh for the movement “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”: unit submissions, evaluation, reports and reviews.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;xhht %1&lt;/h3&gt;&lt;p&gt;Theo dõi việc thực hiện Kế hoạch của Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh về phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”: hồ sơ của các đơn vị, đánh giá, báo cáo và sơ kết, tổng kết.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Hồ sơ đơn vị</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>&amp;Hồ sơ đơn vị</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation>&amp;Chấm điểm</translation>
    </message>
    <message>
        <source>&amp;Lock or unlock the year…</source>
        <translation>&amp;Khóa hoặc mở khóa năm…</translation>
    </message>
    <message>
        <source>The database is open read-only: the year cannot be locked or unlocked.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể khóa hoặc mở khóa năm.</translation>
    </message>
    <message>
        <source>Un&amp;lock %1…</source>
        <translation>&amp;Mở khóa năm %1…</translation>
    </message>
    <message>
        <source>&amp;Lock %1…</source>
        <translation>&amp;Khóa năm %1…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Tiến độ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tổng &amp;quan</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Sơ kết, tổng kết</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>&amp;Sơ kết, tổng kết</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Print the document of this screen, with a preview</source>
        <translation>In văn bản của màn hình này, có xem trước</translation>
    </message>
    <message>
        <source>This screen has no document to print</source>
        <translation>Màn hình này không có văn bản để in</translation>
    </message>
    <message>
        <source>Nothing to print: no unit is ranked in this year yet.</source>
        <translation>Chưa có gì để in: năm này chưa có đơn vị nào được xếp hạng.</translation>
    </message>
    <message>
        <source>xhht – %1 (%2)</source>
        <translation>xhht – %1 (%2)</translation>
    </message>
    <message>
        <source>%1, signed in as %2 (%3)</source>
        <translation>%1, đăng nhập bằng %2 (%3)</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Kết nối &amp;máy chủ…</translation>
    </message>
    <message>
        <source>Work on the office&apos;s shared database on a PostgreSQL server</source>
        <translation>Làm việc trên cơ sở dữ liệu dùng chung của cơ quan trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>Kết nối lại máy chủ</translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation>Đã kết nối lại với %1</translation>
    </message>
    <message>
        <source>&amp;Reconnect to the server</source>
        <translation>Kết nối &amp;lại máy chủ</translation>
    </message>
    <message>
        <source>After the connection to the server was lost: connect again, keeping your edits</source>
        <translation>Khi mất kết nối với máy chủ: kết nối lại, giữ nguyên những gì bạn đang sửa</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Công nhận ĐVHT</translation>
    </message>
    <message>
        <source>Rec&amp;ognition</source>
        <translation>Công nhận ĐV&amp;HT</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Đã mất kết nối tới máy chủ.</translation>
    </message>
    <message>
        <source>Reconnect (%1)</source>
        <translation>Kết nối lại (%1)</translation>
    </message>
    <message>
        <source>The server ended this window&apos;s session. Your unsaved edits stay in their editors; reconnect to save them.</source>
        <translation>Máy chủ đã đóng phiên làm việc của cửa sổ này. Những chỗ đang sửa chưa lưu vẫn còn nguyên; hãy kết nối lại để lưu.</translation>
    </message>
    <message>
        <source>Our submission</source>
        <translation>Hồ sơ của đơn vị</translation>
    </message>
    <message>
        <source>xhht – %1, signed in as %2 – %3</source>
        <translation>xhht – %1, đăng nhập bằng %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Our submission</source>
        <translation>&amp;Hồ sơ của đơn vị</translation>
    </message>
</context>
<context>
    <name>ObligationEvidenceDialog</name>
    <message>
        <source>Evidence of %1</source>
        <translation>Minh chứng của %1</translation>
    </message>
    <message>
        <source>%1 %2
for %3, %4</source>
        <translation>%1 %2
của %3, năm %4</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Mở minh chứng</translation>
    </message>
</context>
<context>
    <name>ObligationService</name>
    <message>
        <source>This database has no plan loaded.</source>
        <translation>Cơ sở dữ liệu này chưa nạp kế hoạch.</translation>
    </message>
    <message>
        <source>The plan&apos;s tasks run from %1 to %2; %3 is outside that period.</source>
        <translation>Nhiệm vụ của kế hoạch kéo dài từ %1 đến %2; năm %3 nằm ngoài giai đoạn này.</translation>
    </message>
    <message>
        <source>There is no task obligation %1.</source>
        <translation>Không có nhiệm vụ của đơn vị số %1.</translation>
    </message>
    <message>
        <source>“Overdue” follows from the due date; choose not started, in progress or done.</source>
        <translation>“Quá hạn” được tính từ hạn thực hiện; hãy chọn chưa thực hiện, đang thực hiện hoặc hoàn thành.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use not_started, in_progress or done.</source>
        <translation>Không có trạng thái “%1”; dùng not_started, in_progress hoặc done.</translation>
    </message>
    <message>
        <source>The completion date %1 is before the year %2.</source>
        <translation>Ngày hoàn thành %1 trước năm %2.</translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>Ngày hoàn thành %1 chưa tới.</translation>
    </message>
    <message>
        <source>A completion date is only given for a task that is done.</source>
        <translation>Chỉ ghi ngày hoàn thành cho nhiệm vụ đã hoàn thành.</translation>
    </message>
    <message>
        <source>Another task already has the code %1.</source>
        <translation>Đã có nhiệm vụ khác mang mã %1.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Không có nhiệm vụ %1.</translation>
    </message>
    <message>
        <source>A task needs a code, such as T15.</source>
        <translation>Nhiệm vụ cần có mã, ví dụ T15.</translation>
    </message>
    <message>
        <source>A task needs its text.</source>
        <translation>Nhiệm vụ cần có nội dung.</translation>
    </message>
    <message>
        <source>A review task needs the phase whose review it belongs to.</source>
        <translation>Nhiệm vụ sơ kết, tổng kết cần ghi giai đoạn được sơ kết, tổng kết.</translation>
    </message>
    <message>
        <source>Unknown recurrence “%1”; use yearly, once or review.</source>
        <translation>Không có kiểu lặp lại “%1”; dùng yearly, once hoặc review.</translation>
    </message>
    <message>
        <source>The due date %1/%2 is not a day of the year.</source>
        <translation>Hạn %1/%2 không phải là một ngày trong năm.</translation>
    </message>
    <message>
        <source>A task needs at least one unit or kind of unit.</source>
        <translation>Nhiệm vụ cần ít nhất một đơn vị hoặc loại đơn vị thực hiện.</translation>
    </message>
    <message>
        <source>An assignee needs a unit or a kind of unit.</source>
        <translation>Nơi thực hiện phải là một đơn vị hoặc một loại đơn vị.</translation>
    </message>
    <message>
        <source>The file to attach has no name or content.</source>
        <translation>Tệp đính kèm không có tên hoặc nội dung.</translation>
    </message>
    <message>
        <source>That file is not attached to this task.</source>
        <translation>Tệp đó không được đính kèm nhiệm vụ này.</translation>
    </message>
</context>
<context>
    <name>ObligationTableModel</name>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>The document cannot be converted to OpenDocument text.</source>
        <translation>Không chuyển được văn bản sang định dạng OpenDocument.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The department&apos;s name is needed: it heads every document.</source>
        <translation>Cần tên cơ quan ban hành: tên này đứng đầu mọi văn bản.</translation>
    </message>
    <message>
        <source>The department&apos;s short name is needed: it ends every document&apos;s symbol.</source>
        <translation>Cần tên viết tắt của cơ quan: tên này đứng cuối ký hiệu của mọi văn bản.</translation>
    </message>
    <message>
        <source>The department&apos;s short name is written in capitals and digits, without spaces (such as SVHTTDL).</source>
        <translation>Tên viết tắt của cơ quan gồm chữ in hoa và chữ số, không có dấu cách (ví dụ SVHTTDL).</translation>
    </message>
    <message>
        <source>The place is needed: it comes before each document&apos;s date.</source>
        <translation>Cần địa danh: địa danh đứng trước ngày tháng của mỗi văn bản.</translation>
    </message>
    <message>
        <source>The drafting unit&apos;s short name is written in capitals and digits, without spaces (such as QLVHGD).</source>
        <translation>Tên viết tắt của đơn vị soạn thảo gồm chữ in hoa và chữ số, không có dấu cách (ví dụ QLVHGD).</translation>
    </message>
    <message>
        <source>The symbol of the %1 is written in capitals and digits joined by &quot;-&quot;, without spaces (such as BC-SVHTTDL), not &quot;%2&quot;.</source>
        <translation>Ký hiệu của %1 gồm chữ in hoa và chữ số, nối bằng dấu &quot;-&quot;, không có dấu cách (ví dụ BC-SVHTTDL), không phải &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>PhaseReviewModel</name>
    <message>
        <source>not ranked</source>
        <translation>chưa xếp hạng</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>tasks %1/%2</source>
        <translation>nhiệm vụ %1/%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (ngừng hoạt động)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Former units</source>
        <translation>Đơn vị tiền thân</translation>
    </message>
</context>
<context>
    <name>PhaseReviewService</name>
    <message>
        <source>The plan has no phase %1.</source>
        <translation>Kế hoạch không có giai đoạn %1.</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Plan &amp;overview</source>
        <translation>Tổng &amp;quan kế hoạch</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>KẾ HOẠCH</translation>
    </message>
    <message>
        <source>Issued by %1; period %2 to %3.</source>
        <translation>Cơ quan ban hành: %1; giai đoạn từ năm %2 đến năm %3.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Các giai đoạn</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Sơ kết, tổng kết</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks from this section</source>
        <translation>Nhiệm vụ thuộc mục này</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>with</source>
        <translation>phối hợp</translation>
    </message>
</context>
<context>
    <name>ProposalConflict</name>
    <message>
        <source>Commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Someone else removed this proposal meanwhile; your changes were not saved.</source>
        <translation>Người khác đã xóa đề nghị này trong lúc đó; thay đổi của bạn chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Decided o&amp;n</source>
        <translation>Có quyết định, ngà&amp;y</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Sửa đề nghị</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Đề nghị mới</translation>
    </message>
    <message>
        <source>The achievement, as it will be printed</source>
        <translation>Thành tích, như khi in</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation>ví dụ: 123/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Collective or individual:</source>
        <translation>Tập thể hay &amp;cá nhân:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người được đề nghị:</translation>
    </message>
    <message>
        <source>C&amp;ommendation:</source>
        <translation>&amp;Hình thức khen thưởng:</translation>
    </message>
    <message>
        <source>&amp;Achievement:</source>
        <translation>Thành &amp;tích:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Decision number:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation>Hãy chọn đơn vị trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the person: add them under Catalogue… first if they are not listed.</source>
        <translation>Hãy chọn người được đề nghị: nếu chưa có, thêm trước trong Danh mục….</translation>
    </message>
    <message>
        <source>Choose the commendation.</source>
        <translation>Hãy chọn hình thức khen thưởng.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>unit #%1</source>
        <translation>đơn vị #%1</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>cá nhân #%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>form #%1</source>
        <translation>hình thức #%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>Collective / individual</source>
        <translation>Tập thể / cá nhân</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Được đề nghị</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Không có tùy chọn &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không có các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Giá trị không hợp lệ sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiện hướng dẫn về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiện hướng dẫn, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiện thông tin phiên bản.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách nơi lưu và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Thay thế tệp đó?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>RankCommands</name>
    <message>
        <source>The year to rank.</source>
        <translation>Năm cần xếp hạng.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>Rank only this emulation group.</source>
        <translation>Chỉ xếp hạng trong khối thi đua này.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>KHỐI</translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation>Định dạng đầu ra: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>&apos;rank&apos; needs --year YEAR, such as --year 2025.</source>
        <translation>lệnh &apos;rank&apos; cần --year YEAR, ví dụ --year 2025.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>Wrote the ranked list of %1 to %2.
</source>
        <translation>Đã ghi danh sách xếp hạng năm %1 vào %2.
</translation>
    </message>
    <message>
        <source>Write the list to FILE: .pdf (the official document), .csv or .xlsx.</source>
        <translation>Ghi danh sách ra TỆP: .pdf (văn bản hành chính), .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>-o takes a file ending in .pdf, .csv or .xlsx, not &apos;%1&apos;.</source>
        <translation>-o cần tên tệp có đuôi .pdf, .csv hoặc .xlsx, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Name on each row the unit it has become today (merged, split or dissolved units).</source>
        <translation>Ghi trên mỗi dòng đơn vị hiện nay của đơn vị đó (đơn vị đã hợp nhất, chia tách hoặc giải thể).</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>&amp;Tie rules…</source>
        <translation>&amp;Tiêu chí phụ xếp hạng…</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;In / PDF…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Khối t&amp;hi đua:</translation>
    </message>
    <message>
        <source>Save the list shown as a spreadsheet (XLSX or CSV), in Vietnamese as printed</source>
        <translation>Lưu danh sách đang hiển thị thành tệp bảng tính (XLSX hoặc CSV), bằng tiếng Việt như bản in</translation>
    </message>
    <message>
        <source>Choose and order the rules that separate units with the same total</source>
        <translation>Chọn và sắp xếp thứ tự các tiêu chí phụ dùng để phân định các đơn vị có cùng tổng điểm</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Printed under the ranked list</source>
        <translation>In ở cuối danh sách xếp hạng</translation>
    </message>
    <message>
        <source>Ranked %1 of %2 units; a unit is ranked once every item is reviewed</source>
        <translation>Đã xếp hạng %1/%2 đơn vị; đơn vị chỉ được xếp hạng khi tất cả các tiêu chí đã được thẩm định</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the ranked list</source>
        <translation>Xuất danh sách xếp hạng</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>Không ghi được %1:
%2</translation>
    </message>
    <message>
        <source>Exported the ranked list of %1 to %2</source>
        <translation>Đã xuất danh sách xếp hạng năm %1 ra tệp %2</translation>
    </message>
    <message>
        <source>Tie rules</source>
        <translation>Tiêu chí phụ xếp hạng</translation>
    </message>
    <message>
        <source>Tie rules not saved</source>
        <translation>Không lưu được tiêu chí phụ xếp hạng</translation>
    </message>
    <message>
        <source>Saved the tie rules</source>
        <translation>Đã lưu tiêu chí phụ xếp hạng</translation>
    </message>
    <message>
        <source>The list as an official document (Decree 30/2020): print preview or PDF</source>
        <translation>Danh sách dưới dạng văn bản hành chính (theo Nghị định 30/2020): xem trước khi in hoặc xuất ra PDF</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>Xuất ra &amp;PDF…</translation>
    </message>
    <message>
        <source>Wrote the ranked list to %1</source>
        <translation>Đã ghi danh sách xếp hạng vào %1</translation>
    </message>
    <message>
        <source>Name on each row the unit it has become today, for a year before units were merged or split (quy đổi theo đơn vị hiện nay); the ranks stay the year&apos;s</source>
        <translation>Ghi trên mỗi dòng đơn vị hiện nay, cho một năm trước khi các đơn vị hợp nhất hoặc chia tách (quy đổi theo đơn vị hiện nay); thứ hạng vẫn là thứ hạng của năm đó</translation>
    </message>
    <message>
        <source>To&amp;day&apos;s units</source>
        <translation>Quy đổi theo đơn &amp;vị hiện nay</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Emulation group: %1</source>
        <translation>Khối thi đua: %1</translation>
    </message>
    <message>
        <source>Ranked once every item of the unit is reviewed (%1 of %2 now)</source>
        <translation>Được xếp hạng khi tất cả các tiêu chí của đơn vị đã được thẩm định (hiện đã thẩm định %1/%2)</translation>
    </message>
    <message>
        <source>Equal units share a rank, and the next rank skips (1, 2, 2, 4)</source>
        <translation>Các đơn vị bằng nhau thì đồng hạng, hạng kế tiếp bỏ qua số tương ứng (1, 2, 2, 4)</translation>
    </message>
    <message>
        <source>Items met of the rubric&apos;s items</source>
        <translation>Số chỉ tiêu đạt trên tổng số chỉ tiêu của bộ tiêu chí</translation>
    </message>
    <message>
        <source>Total of the reviewed scores</source>
        <translation>Tổng điểm thẩm định</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The unit it has become by %1 (merged, split or dissolved); empty when the same unit</source>
        <translation>Đơn vị hiện nay tính đến ngày %1 (hợp nhất, chia tách hoặc giải thể); để trống khi vẫn là đơn vị đó</translation>
    </message>
    <message>
        <source>Unit today</source>
        <translation>Đơn vị hiện nay</translation>
    </message>
    <message>
        <source>The recognition in force by the decisions of the provincial People&apos;s Committee, and until when it is kept (Circular 24/2023)</source>
        <translation>Công nhận đang có hiệu lực theo các quyết định của Ủy ban nhân dân tỉnh và thời hạn giữ công nhận (Thông tư 24/2023)</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
</context>
<context>
    <name>RecognitionCommands</name>
    <message>
        <source>The year whose rubric to switch.</source>
        <translation>Năm cần đổi bộ tiêu chí.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>The preset: TT24-2023 or TT22-2020.</source>
        <translation>Bộ tiêu chí mẫu: TT24-2023 hoặc TT22-2020.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>&apos;rubric&apos; needs --year YEAR and --preset TT24-2023 or TT22-2020.</source>
        <translation>lệnh &apos;rubric&apos; cần --year NĂM và --preset TT24-2023 hoặc TT22-2020.</translation>
    </message>
    <message>
        <source>%1 now uses %2 (%3).
</source>
        <translation>Năm %1 nay dùng %2 (%3).
</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; use one of: %2.</source>
        <translation>không có bộ tiêu chí mẫu &apos;%1&apos;; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>add or carry; without it, the list.</source>
        <translation>add hoặc carry; không ghi thì liệt kê danh sách.</translation>
    </message>
    <message>
        <source>The unit&apos;s code.</source>
        <translation>Mã đơn vị.</translation>
    </message>
    <message>
        <source>The year recognised.</source>
        <translation>Năm được công nhận.</translation>
    </message>
    <message>
        <source>1, 2, or none (a refusal).</source>
        <translation>1, 2 hoặc none (không công nhận).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>MỨC</translation>
    </message>
    <message>
        <source>The decision&apos;s number.</source>
        <translation>Số quyết định.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <source>The decision&apos;s date, dd/mm/yyyy.</source>
        <translation>Ngày quyết định, dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>Who signed the decision.</source>
        <translation>Người ký quyết định.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>HỌ_TÊN</translation>
    </message>
    <message>
        <source>carry: the former unit&apos;s code.</source>
        <translation>carry: mã của đơn vị cũ.</translation>
    </message>
    <message>
        <source>carry: why the decision is carried over.</source>
        <translation>carry: lý do chuyển quyết định.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>NỘI_DUNG</translation>
    </message>
    <message>
        <source>The day of the list, dd/mm/yyyy (default: today).</source>
        <translation>Ngày lập danh sách, dd/mm/yyyy (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation>Định dạng đầu ra: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;recognition&apos;.</source>
        <translation>đối số &apos;%1&apos; không hợp lệ đối với lệnh &apos;recognition&apos;.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use &apos;recognition add&apos;, &apos;recognition carry&apos; or &apos;recognition&apos; alone for the list.</source>
        <translation>thao tác &apos;%1&apos; không tồn tại; hãy dùng &apos;recognition add&apos;, &apos;recognition carry&apos; hoặc chỉ &apos;recognition&apos; để xem danh sách.</translation>
    </message>
    <message>
        <source>&apos;recognition add&apos; needs --unit CODE of a known unit, not &apos;%1&apos;.</source>
        <translation>lệnh &apos;recognition add&apos; cần --unit MÃ của một đơn vị đã có, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--level takes 1, 2 or none, not &apos;%1&apos;.</source>
        <translation>--level nhận 1, 2 hoặc none, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;recognition add&apos; needs --year YEAR, the year recognised.</source>
        <translation>lệnh &apos;recognition add&apos; cần --year NĂM, năm được công nhận.</translation>
    </message>
    <message>
        <source>--date takes the decision&apos;s date as dd/mm/yyyy, not &apos;%1&apos;.</source>
        <translation>--date cần ngày quyết định dạng dd/mm/yyyy, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Recorded decision %1 of %2 for %3, %4: %5.
</source>
        <translation>Đã ghi quyết định số %1 ngày %2 cho %3, năm %4: %5.
</translation>
    </message>
    <message>
        <source>&apos;recognition carry&apos; needs --from CODE (the former unit), --year YEAR and --unit CODE (the unit it became).</source>
        <translation>lệnh &apos;recognition carry&apos; cần --from MÃ (đơn vị cũ), --year NĂM và --unit MÃ (đơn vị hình thành sau đó).</translation>
    </message>
    <message>
        <source>%1 has no decision for %2.</source>
        <translation>%1 chưa có quyết định cho năm %2.</translation>
    </message>
    <message>
        <source>Carried the decision of %1 for %2 over to %3.
</source>
        <translation>Đã chuyển quyết định của %1 năm %2 sang %3.
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>--on takes a day as dd/mm/yyyy, not &apos;%1&apos;.</source>
        <translation>--on cần một ngày dạng dd/mm/yyyy, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;report recognition&apos; needs --year YEAR, such as --year 2026.</source>
        <translation>lệnh &apos;report recognition&apos; cần --year NĂM, ví dụ --year 2026.</translation>
    </message>
    <message>
        <source>&apos;report recognition&apos; needs -o FILE.pdf, -o FILE.odt or -o FOLDER.</source>
        <translation>lệnh &apos;report recognition&apos; cần -o TỆP.pdf, -o TỆP.odt hoặc -o THƯ_MỤC.</translation>
    </message>
    <message>
        <source>--unit takes the code of a known unit, not &apos;%1&apos;.</source>
        <translation>--unit cần mã của một đơn vị đã có, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>one file holds one unit&apos;s dossier: give --unit CODE, or -o FOLDER for every unit.</source>
        <translation>mỗi tệp chứa hồ sơ của một đơn vị: hãy dùng --unit MÃ, hoặc -o THƯ_MỤC cho tất cả các đơn vị.</translation>
    </message>
    <message>
        <source>cannot make the folder %1.</source>
        <translation>không tạo được thư mục %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the recognition dossier of %n unit(s) for %1 to %2.
</source>
        <translation>
            <numerusform>Đã ghi hồ sơ công nhận của %n đơn vị năm %1 vào %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the list to FILE: .pdf (official format, dated today) or .xlsx.</source>
        <translation>Ghi danh sách vào TỆP: .pdf (văn bản hành chính, ghi ngày hôm nay) hoặc .xlsx.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>&apos;recognition&apos; writes -o FILE.pdf or -o FILE.xlsx.</source>
        <translation>lệnh &apos;recognition&apos; ghi -o TỆP.pdf hoặc -o TỆP.xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the recognition of %n unit(s) to %1.
</source>
        <translation>
            <numerusform>Đã ghi tình hình công nhận của %n đơn vị vào %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecognitionDossierPanel</name>
    <message>
        <source>Record &amp;sent</source>
        <translation>Ghi ngày gửi &amp;hồ sơ</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Bỏ ngày gửi</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Ngày gửi:</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Sẵn sàng gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Missing results</source>
        <translation>Còn thiếu kết quả</translation>
    </message>
    <message>
        <source>Reaching no level</source>
        <translation>Không đạt mức độ nào</translation>
    </message>
    <message>
        <source>Recognition dossiers for %1, due before %2</source>
        <translation>Hồ sơ đề nghị công nhận ĐVHT năm %1, hạn trước ngày %2</translation>
    </message>
    <message>
        <source>Ready: %1 · Sent: %2 · Missing: %3 · Reaching no level: %4</source>
        <translation>Sẵn sàng: %1 · Đã gửi: %2 · Còn thiếu: %3 · Không đạt mức độ: %4</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>đã gửi ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chỉ tiêu without a result</source>
        <translation>
            <numerusform>%n chỉ tiêu chưa có kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>Choose a unit in the list first.</source>
        <translation>Hãy chọn một đơn vị trong danh sách trước.</translation>
    </message>
    <message>
        <source>Record the dossier of %1 as sent on %2</source>
        <translation>Ghi hồ sơ của %1 đã gửi ngày %2</translation>
    </message>
    <message>
        <source>Clear the day the dossier of %1 was sent</source>
        <translation>Bỏ ngày gửi hồ sơ của %1</translation>
    </message>
    <message numerus="yes">
        <source>Dossiers (%n missing)</source>
        <translation>
            <numerusform>Hồ sơ ĐVHT (%n còn thiếu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ ĐVHT</translation>
    </message>
</context>
<context>
    <name>RecognitionScreen</name>
    <message>
        <source>&amp;New decision</source>
        <translation>&amp;Quyết định mới</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Units and their recognition today:</source>
        <translation>Danh sách đơn &amp;vị và mức độ công nhận hiện nay:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognition as a learning unit&lt;/b&gt; (Thông tư 24/2023): the decisions of the provincial People&apos;s Committee</source>
        <translation>&lt;b&gt;Công nhận Đơn vị học tập&lt;/b&gt; (Thông tư 24/2023): các quyết định của Chủ tịch UBND tỉnh</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Not recognised (refused)</source>
        <translation>Không công nhận</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation>ví dụ: 123/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Year recognised:</source>
        <translation>&amp;Năm được công nhận:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <source>Decision n&amp;umber:</source>
        <translation>Số q&amp;uyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Read-only: this login may look at the decisions but not change them.</source>
        <translation>Chỉ đọc: tài khoản này được xem các quyết định nhưng không được thay đổi.</translation>
    </message>
    <message>
        <source>On %1: %2 of %3 units recognised; %4 must be evaluated again this year; %5 may ask for Mức độ 2 now.</source>
        <translation>Ngày %1: %2/%3 đơn vị đang được công nhận; %4 đơn vị phải đánh giá lại trong năm nay; %5 đơn vị đã đủ thời gian để đề nghị công nhận Mức độ 2.</translation>
    </message>
    <message>
        <source>Choose a unit above to see and record its decisions.</source>
        <translation>Chọn một đơn vị ở trên để xem và ghi quyết định của đơn vị.</translation>
    </message>
    <message>
        <source>Decisions on %1:</source>
        <translation>Các quyết định công nhận %1:</translation>
    </message>
    <message>
        <source>Carried over from a former unit: %1</source>
        <translation>Chuyển từ đơn vị cũ: %1</translation>
    </message>
    <message>
        <source>This login may not change the decisions.</source>
        <translation>Tài khoản này không được thay đổi các quyết định.</translation>
    </message>
    <message>
        <source>Add the decision %1 on %2</source>
        <translation>Thêm quyết định %1 — %2</translation>
    </message>
    <message>
        <source>Change the decision %1</source>
        <translation>Sửa quyết định %1</translation>
    </message>
    <message>
        <source>Remove the decision %1</source>
        <translation>Xóa quyết định %1</translation>
    </message>
</context>
<context>
    <name>RecognitionService</name>
    <message>
        <source>A decision needs the unit it recognises.</source>
        <translation>Quyết định cần có đơn vị được công nhận.</translation>
    </message>
    <message>
        <source>A decision needs the year recognised.</source>
        <translation>Quyết định cần có năm được công nhận.</translation>
    </message>
    <message>
        <source>The level is 1, 2 or none (a refusal), not %1.</source>
        <translation>Mức độ là 1, 2 hoặc không công nhận, không phải %1.</translation>
    </message>
    <message>
        <source>A decision needs its number.</source>
        <translation>Quyết định cần có số.</translation>
    </message>
    <message>
        <source>A decision needs its date.</source>
        <translation>Quyết định cần có ngày ban hành.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation>Ngày quyết định %1 ở tương lai.</translation>
    </message>
    <message>
        <source>A decision on the year %1 is taken after it ends, not on %2.</source>
        <translation>Quyết định công nhận cho năm %1 được ban hành sau khi năm đó kết thúc, không thể vào ngày %2.</translation>
    </message>
    <message>
        <source>A decision carried over from a former unit needs a note saying why.</source>
        <translation>Quyết định chuyển từ đơn vị cũ cần có ghi chú nêu lý do.</translation>
    </message>
    <message>
        <source>This unit already has a decision for %1.</source>
        <translation>Đơn vị này đã có quyết định cho năm %1.</translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation>Không có quyết định %1.</translation>
    </message>
    <message>
        <source>Only a removed decision can be put back.</source>
        <translation>Chỉ có thể khôi phục một quyết định đã xóa.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Không có đơn vị %1.</translation>
    </message>
    <message>
        <source>%1 is not a unit that the decision&apos;s unit was merged or split into; only those may carry it over.</source>
        <translation>%1 không phải là đơn vị mà đơn vị của quyết định đã hợp nhất vào hoặc chia tách thành; chỉ các đơn vị đó mới được chuyển quyết định.</translation>
    </message>
    <message>
        <source>%1 is evaluated with %2, not by levels under Thông tư 24/2023: there is no recognition dossier for it.</source>
        <translation>Năm %1 được đánh giá theo %2, không theo mức độ của Thông tư 24/2023: năm này không có hồ sơ công nhận.</translation>
    </message>
    <message>
        <source>The unit was not active in %1.</source>
        <translation>Đơn vị không hoạt động trong năm %1.</translation>
    </message>
    <message>
        <source>The day the dossier was sent, %1, is in the future.</source>
        <translation>Ngày gửi hồ sơ %1 ở tương lai.</translation>
    </message>
    <message>
        <source>A dossier on the year %1 is sent after the year ends, not on %2.</source>
        <translation>Hồ sơ đề nghị công nhận năm %1 được gửi sau khi năm đó kết thúc, không thể vào ngày %2.</translation>
    </message>
</context>
<context>
    <name>RecognitionStatusModel</name>
    <message>
        <source>%1 (year %2)</source>
        <translation>%1 (năm %2)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Chưa được công nhận</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (đã đến hạn)</translation>
    </message>
    <message>
        <source>Yes, this year</source>
        <translation>Có, trong năm nay</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Recognition in force</source>
        <translation>Đang được công nhận</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Giữ đến</translation>
    </message>
    <message>
        <source>May ask for Mức 2 from</source>
        <translation>Được đề nghị Mức độ 2 từ</translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation>Đánh giá lại</translation>
    </message>
</context>
<context>
    <name>ReminderDeadlineField</name>
    <message>
        <source>Reminder letter</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <source>The date by which the units that sent nothing must send their report; by default three working days before the report deadline</source>
        <translation>Ngày các đơn vị chưa gửi báo cáo phải gửi chậm nhất; mặc định là ba ngày làm việc trước hạn báo cáo</translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation>Gửi &amp;chậm nhất:</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>The year of the report.</source>
        <translation>Năm của báo cáo.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;report %2&apos;.</source>
        <translation>đối số &apos;%1&apos; không hợp lệ với &apos;report %2&apos;.</translation>
    </message>
    <message>
        <source>&apos;report %1&apos; needs --year YEAR, such as --year 2025.</source>
        <translation>&apos;report %1&apos; cần --year NĂM, ví dụ --year 2025.</translation>
    </message>
    <message>
        <source>&apos;report summary&apos; needs -o FILE.pdf or -o FILE.odt.</source>
        <translation>&apos;report summary&apos; cần -o TỆP.pdf hoặc -o TỆP.odt.</translation>
    </message>
    <message>
        <source>&apos;report reminders&apos; needs -o FILE.pdf.</source>
        <translation>&apos;report reminders&apos; cần -o TỆP.pdf.</translation>
    </message>
    <message>
        <source>no unit was active in %1; there is nothing to report.</source>
        <translation>không có đơn vị nào hoạt động trong năm %1; không có gì để báo cáo.</translation>
    </message>
    <message>
        <source>Wrote the summary report of %1 to %2.
</source>
        <translation>Đã ghi báo cáo tổng kết năm %1 vào %2.
</translation>
    </message>
    <message numerus="yes">
        <source>xhht: note: the report still has %n gap(s); the Reports screen lists them.
</source>
        <translation>
            <numerusform>xhht: lưu ý: báo cáo còn %n điểm thiếu; màn hình Báo cáo liệt kê các điểm này.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Every unit active in %1 has sent its report: no reminder letter is needed.
</source>
        <translation>Tất cả các đơn vị hoạt động trong năm %1 đã gửi báo cáo: không cần công văn đôn đốc.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the reminder letter to %n unit(s) of %1 to %2.
</source>
        <translation>
            <numerusform>Đã ghi công văn đôn đốc %n đơn vị năm %1 vào %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The phase of the plan to review (1 or 2).</source>
        <translation>Giai đoạn của kế hoạch cần sơ kết, tổng kết (1 hoặc 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the document to FILE: .pdf, or .odt for the summary and review reports.</source>
        <translation>Ghi văn bản ra TỆP: .pdf, hoặc .odt đối với báo cáo năm và báo cáo sơ kết, tổng kết.</translation>
    </message>
    <message>
        <source>&apos;report %1&apos; takes --year, not --phase.</source>
        <translation>&apos;report %1&apos; dùng --year, không dùng --phase.</translation>
    </message>
    <message>
        <source>&apos;report review&apos; needs --phase N, such as --phase 1.</source>
        <translation>&apos;report review&apos; cần --phase N, ví dụ --phase 1.</translation>
    </message>
    <message>
        <source>&apos;report review&apos; takes --phase, not --year.</source>
        <translation>&apos;report review&apos; dùng --phase, không dùng --year.</translation>
    </message>
    <message>
        <source>&apos;report review&apos; needs -o FILE.pdf or -o FILE.odt.</source>
        <translation>&apos;report review&apos; cần -o TỆP.pdf hoặc -o TỆP.odt.</translation>
    </message>
    <message>
        <source>Wrote the review of %1 (%2-%3) to %4.
</source>
        <translation>Đã ghi báo cáo %1 (%2-%3) vào %4.
</translation>
    </message>
    <message>
        <source>For &apos;report reminders&apos;: the date, dd/mm/yyyy, by which the late units must send (default: three working days before the report deadline).</source>
        <translation>Cho &apos;report reminders&apos;: ngày (dd/mm/yyyy) các đơn vị chậm phải gửi báo cáo chậm nhất (mặc định: ba ngày làm việc trước hạn báo cáo).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>--deadline is for &apos;report reminders&apos; only.</source>
        <translation>--deadline chỉ dùng cho &apos;report reminders&apos;.</translation>
    </message>
    <message>
        <source>--deadline takes a date such as 05/12/2025, not &apos;%1&apos;.</source>
        <translation>--deadline cần một ngày, ví dụ 05/12/2025, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--deadline %1 must come after the letter&apos;s date, %2.</source>
        <translation>--deadline %1 phải sau ngày của công văn, %2.</translation>
    </message>
    <message>
        <source>For &apos;report recognition&apos;: only this unit&apos;s dossier (its code).</source>
        <translation>Với &apos;report recognition&apos;: chỉ hồ sơ của đơn vị này (mã đơn vị).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>&apos;report&apos; needs what to write: &apos;summary&apos;, &apos;reminders&apos;, &apos;review&apos; or &apos;recognition&apos;; see &apos;xhht --help&apos;.</source>
        <translation>lệnh &apos;report&apos; cần loại văn bản: &apos;summary&apos;, &apos;reminders&apos;, &apos;review&apos; hoặc &apos;recognition&apos;; xem &apos;xhht --help&apos;.</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;; use &apos;summary&apos;, &apos;reminders&apos;, &apos;review&apos; or &apos;recognition&apos;.</source>
        <translation>không có loại văn bản &apos;%1&apos;; hãy dùng &apos;summary&apos;, &apos;reminders&apos;, &apos;review&apos; hoặc &apos;recognition&apos;.</translation>
    </message>
    <message>
        <source>--unit is for &apos;report recognition&apos; only.</source>
        <translation>--unit chỉ dùng cho &apos;report recognition&apos;.</translation>
    </message>
</context>
<context>
    <name>ReportDocumentFields</name>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Used for the document exported from this screen; the organisation settings are not changed</source>
        <translation>Dùng cho văn bản xuất từ màn hình này; cài đặt của cơ quan không thay đổi</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>The document number; blank leaves room to write it on the paper copy</source>
        <translation>Số văn bản; để trống thì chừa chỗ để ghi tay trên bản giấy</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>Không ghi được %1:
%2</translation>
    </message>
    <message>
        <source>… and %1 more (Show Details…)</source>
        <translation>… và %1 mục khác (Hiện chi tiết…)</translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation>Báo cáo chưa đầy đủ</translation>
    </message>
    <message>
        <source>The %1 report is not complete yet (gaps left: %2). Make it anyway?</source>
        <translation>Báo cáo năm %1 chưa đầy đủ (còn %2 điểm thiếu). Vẫn lập báo cáo?</translation>
    </message>
    <message>
        <source>&amp;Make it anyway</source>
        <translation>&amp;Vẫn lập</translation>
    </message>
</context>
<context>
    <name>ReportGapList</name>
    <message>
        <source>%1 (empty: %2)</source>
        <translation>%1 (còn trống: %2)</translation>
    </message>
    <message>
        <source>%1 (items left: %2)</source>
        <translation>%1 (còn %2 mục)</translation>
    </message>
    <message>
        <source>Enter or double-click: record the unit&apos;s submission</source>
        <translation>Enter hoặc nhấp đúp: ghi nhận hồ sơ của đơn vị</translation>
    </message>
    <message>
        <source>Enter or double-click: open the unit&apos;s submission to fill in its indicators</source>
        <translation>Enter hoặc nhấp đúp: mở hồ sơ của đơn vị để điền các chỉ tiêu</translation>
    </message>
    <message>
        <source>Enter or double-click: review the unit&apos;s scores</source>
        <translation>Enter hoặc nhấp đúp: thẩm định điểm của đơn vị</translation>
    </message>
    <message>
        <source>Enter or double-click: edit the section below</source>
        <translation>Enter hoặc nhấp đúp: soạn phần này ở bên dưới</translation>
    </message>
    <message>
        <source>Nothing is missing: the report is complete.</source>
        <translation>Không còn thiếu gì: báo cáo đã đầy đủ.</translation>
    </message>
    <message>
        <source>Reports not received</source>
        <translation>Chưa nhận báo cáo</translation>
    </message>
    <message>
        <source>Indicators left empty</source>
        <translation>Chỉ tiêu còn trống</translation>
    </message>
    <message>
        <source>Scores not reviewed</source>
        <translation>Chưa thẩm định điểm</translation>
    </message>
    <message>
        <source>Sections still to write</source>
        <translation>Phần nội dung còn phải viết</translation>
    </message>
    <message>
        <source>&amp;What the report still lacks</source>
        <translation>Báo cáo còn thiế&amp;u</translation>
    </message>
    <message>
        <source>&amp;What the report still lacks (%1)</source>
        <translation>Báo cáo còn thiế&amp;u (%1)</translation>
    </message>
</context>
<context>
    <name>ReportSectionEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Bac&amp;k to draft…</source>
        <translation>&amp;Trở lại bản nháp…</translation>
    </message>
    <message>
        <source>Save the section</source>
        <translation>Lưu phần này</translation>
    </message>
    <message>
        <source>W&amp;ritten sections</source>
        <translation>&amp;Mục cần viết</translation>
    </message>
    <message>
        <source>Save this section&apos;s text (Ctrl+S); Edit ▸ Undo takes the save back</source>
        <translation>Lưu nội dung phần này (Ctrl+S); Sửa ▸ Hoàn tác để hủy lần lưu</translation>
    </message>
    <message>
        <source>Drop this section&apos;s own text and print the draft the program writes from the data</source>
        <translation>Bỏ nội dung đã viết của phần này và in bản nháp chương trình soạn từ dữ liệu</translation>
    </message>
    <message>
        <source>Each line is a paragraph. A line such as “1. Strengths” (a number, a full stop, no closing punctuation) is printed as a heading. Replace every [bracketed note] before sending the report.</source>
        <translation>Mỗi dòng là một đoạn. Dòng như “1. Ưu điểm” (một số, dấu chấm, không có dấu câu ở cuối) được in thành đề mục. Thay mọi [ghi chú trong ngoặc vuông] trước khi gửi báo cáo.</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Đã sửa, chưa lưu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Saved, still holds a [note] to replace</source>
        <translation>Đã lưu, còn [ghi chú] cần thay</translation>
    </message>
    <message>
        <source>Draft written from the data</source>
        <translation>Bản nháp soạn từ dữ liệu</translation>
    </message>
    <message>
        <source>Changed, not saved yet: Save (Ctrl+S) keeps the text</source>
        <translation>Đã sửa, chưa lưu: Lưu (Ctrl+S) để giữ nội dung</translation>
    </message>
    <message>
        <source>Saved, but it still holds a [note] to replace</source>
        <translation>Đã lưu, nhưng còn [ghi chú] cần thay</translation>
    </message>
    <message>
        <source>Draft written from the data: edit it and save</source>
        <translation>Bản nháp soạn từ dữ liệu: hãy sửa và lưu</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>Xem trước và &amp;in…</translation>
    </message>
    <message>
        <source>The summary report as it will be printed (Decree 30/2020), with the printer one click away</source>
        <translation>Báo cáo tổng kết đúng như khi in (Nghị định 30/2020), in ngay bằng một lần nhấp</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the summary report as a PDF, to send to the Department of Education and Training</source>
        <translation>Lưu báo cáo tổng kết thành tệp PDF để gửi Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>Save the summary report as an OpenDocument text, to finish it in Word or LibreOffice</source>
        <translation>Lưu báo cáo tổng kết thành văn bản OpenDocument để hoàn thiện bằng Word hoặc LibreOffice</translation>
    </message>
    <message>
        <source>Re&amp;minder letter…</source>
        <translation>Công văn đôn đố&amp;c…</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Xem trước và in…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>No year has settings yet</source>
        <translation>Chưa có năm nào được thiết lập</translation>
    </message>
    <message>
        <source>Units expected: %1 · Received: %2 (on time %3, late %4) · Missing: %5</source>
        <translation>Đơn vị phải báo cáo: %1 · Đã nhận: %2 (đúng hạn %3, trễ hạn %4) · Chưa gửi: %5</translation>
    </message>
    <message>
        <source>Deadline for units: %1</source>
        <translation>Hạn nộp của đơn vị: %1</translation>
    </message>
    <message>
        <source>A letter (công văn đôn đốc) asking the units that sent nothing (%1) to send their report</source>
        <translation>Công văn đôn đốc các đơn vị chưa gửi báo cáo (%1) gửi báo cáo</translation>
    </message>
    <message>
        <source>Every unit has sent its report: there is nobody to remind</source>
        <translation>Tất cả các đơn vị đã gửi báo cáo: không cần đôn đốc</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Nội dung chưa lưu</translation>
    </message>
    <message>
        <source>The text of %1 in the %2 report is not saved.</source>
        <translation>Nội dung phần %1 của báo cáo năm %2 chưa được lưu.</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Trở lại bản nháp</translation>
    </message>
    <message>
        <source>Discard your changes to “%1” and show the draft written from the data?</source>
        <translation>Bỏ các thay đổi ở “%1” và hiện bản nháp soạn từ dữ liệu?</translation>
    </message>
    <message>
        <source>Drop the saved text of “%1” and print the draft written from the data instead?
Edit ▸ Undo brings the saved text back.</source>
        <translation>Bỏ nội dung đã lưu của “%1” và in bản nháp soạn từ dữ liệu?
Sửa ▸ Hoàn tác sẽ lấy lại nội dung đã lưu.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>“%1” follows the draft written from the data again</source>
        <translation>“%1” trở lại theo bản nháp soạn từ dữ liệu</translation>
    </message>
    <message>
        <source>Saved “%1” of the %2 report</source>
        <translation>Đã lưu “%1” của báo cáo năm %2</translation>
    </message>
    <message>
        <source>Changed “%1” of the %2 report</source>
        <translation>Đã sửa “%1” của báo cáo năm %2</translation>
    </message>
    <message>
        <source>Export the summary report to PDF</source>
        <translation>Xuất báo cáo tổng kết ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the summary report to ODT</source>
        <translation>Xuất báo cáo tổng kết ra ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Wrote the %1 summary report to %2</source>
        <translation>Đã ghi báo cáo tổng kết năm %1 vào %2</translation>
    </message>
    <message>
        <source>Export the reminder letter to PDF</source>
        <translation>Xuất công văn đôn đốc ra PDF</translation>
    </message>
    <message>
        <source>Wrote the reminder letter to the units that sent nothing (%1) to %2</source>
        <translation>Đã ghi công văn đôn đốc các đơn vị chưa gửi báo cáo (%1) vào %2</translation>
    </message>
    <message>
        <source>Save it, discard the changes, or keep editing?</source>
        <translation>Lưu lại, bỏ các thay đổi, hay tiếp tục sửa?</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed by someone else; your text is still in the editor.</source>
        <translation>Chưa lưu: người khác đã sửa “%1”; văn bản của bạn vẫn còn trong ô soạn thảo.</translation>
    </message>
    <message>
        <source>Showing the text of “%1” as saved by someone else</source>
        <translation>Đang hiển thị nội dung “%1” do người khác lưu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>ReviewWriter</name>
    <message>
        <source>Score %1 not saved: %2</source>
        <translation>Chưa lưu điểm tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>Reviewed score %1 of %2</source>
        <translation>chấm điểm thẩm định tiêu chí %1 của %2</translation>
    </message>
    <message>
        <source>Saved the reviewed score %1 of %2</source>
        <translation>Đã lưu điểm thẩm định tiêu chí %1 của %2</translation>
    </message>
    <message>
        <source>Note on %1 of %2</source>
        <translation>sửa ghi chú tiêu chí %1 của %2</translation>
    </message>
    <message>
        <source>Saved the note on %1 of %2</source>
        <translation>Đã lưu ghi chú tiêu chí %1 của %2</translation>
    </message>
    <message>
        <source>Nothing was received from %1 for %2: record its submission first.</source>
        <translation>Chưa nhận được hồ sơ năm %2 của %1: hãy ghi nhận hồ sơ trước.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation>%1 (thẩm định)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Ghi chú tiêu chí %1</translation>
    </message>
    <message>
        <source>Showing the review of %1 of %2 as saved by someone else</source>
        <translation>Đang hiển thị kết quả thẩm định tiêu chí %1 của %2 do người khác lưu</translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>A&amp;ccept</source>
        <translation>Đề nghị &amp;các mục đã chọn</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sửa đề &amp;nghị…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Loại bỏ</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <source>Phase &amp;review</source>
        <translation>&amp;Bảng kết quả</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Xem trước và in…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>The review report:</source>
        <translation>Báo cáo sơ kết, tổng kết:</translation>
    </message>
    <message>
        <source>&amp;Suggested by the rules (tick those to propose):</source>
        <translation>Gợi ý &amp;theo quy tắc (đánh dấu để đề nghị):</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Các đề nghị:</translation>
    </message>
    <message>
        <source>Ca&amp;talogue…</source>
        <translation>&amp;Danh mục…</translation>
    </message>
    <message>
        <source>List as &amp;XLSX…</source>
        <translation>Danh sách ra &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>%1 (%2–%3): %4</source>
        <translation>%1 (%2–%3): %4</translation>
    </message>
    <message>
        <source>No year of this phase has data yet.</source>
        <translation>Chưa có năm nào của giai đoạn này có dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) at the end of the phase, year %1</source>
        <translation>
            <numerusform>%n đơn vị cuối giai đoạn, năm %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) at the end of the phase, years %1–%2</source>
        <translation>
            <numerusform>%n đơn vị cuối giai đoạn, các năm %1–%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unit(s) ended during the phase</source>
        <translation>
            <numerusform>; %n đơn vị ngừng hoạt động trong giai đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already proposed</source>
        <translation>%1, đã đề nghị</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Đề nghị theo %n gợi ý</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose %1</source>
        <translation>Đề nghị khen thưởng %1</translation>
    </message>
    <message>
        <source>Accept suggestions</source>
        <translation>Đề nghị theo gợi ý</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) added</source>
        <translation>
            <numerusform>Đã thêm %n đề nghị</numerusform>
        </translation>
    </message>
    <message>
        <source>Commendation proposal</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Edit the proposal for %1</source>
        <translation>Sửa đề nghị khen thưởng %1</translation>
    </message>
    <message>
        <source>Proposal saved</source>
        <translation>Đã lưu đề nghị</translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation>Gỡ bỏ đề nghị</translation>
    </message>
    <message>
        <source>Remove the proposal for %1</source>
        <translation>Gỡ bỏ đề nghị khen thưởng %1</translation>
    </message>
    <message>
        <source>Proposal removed (Ctrl+Z puts it back)</source>
        <translation>Đã gỡ bỏ đề nghị (Ctrl+Z để khôi phục)</translation>
    </message>
    <message>
        <source>Export the review report to ODT</source>
        <translation>Xuất báo cáo sơ kết, tổng kết ra ODT</translation>
    </message>
    <message>
        <source>Export the review report to PDF</source>
        <translation>Xuất báo cáo sơ kết, tổng kết ra PDF</translation>
    </message>
    <message>
        <source>ODF text documents (*.odt)</source>
        <translation>Văn bản ODF (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Export the proposal list to PDF</source>
        <translation>Xuất danh sách đề nghị ra PDF</translation>
    </message>
    <message>
        <source>Export the proposal list to XLSX</source>
        <translation>Xuất danh sách đề nghị ra XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the proposal list</source>
        <translation>Xuất danh sách đề nghị</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>Không lưu được danh sách vào %1: %2</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation>Thêm đề nghị &amp;mới…</translation>
    </message>
    <message>
        <source>Commendat&amp;ion proposals</source>
        <translation>Đề ng&amp;hị khen thưởng</translation>
    </message>
    <message>
        <source>Pre&amp;view list…</source>
        <translation>&amp;Xem trước danh sách…</translation>
    </message>
    <message>
        <source>List as PD&amp;F…</source>
        <translation>Danh sách ra &amp;PDF…</translation>
    </message>
    <message>
        <source>Count former units und&amp;er today&apos;s</source>
        <translation>Quy đổi th&amp;eo đơn vị hiện nay</translation>
    </message>
    <message>
        <source>Count the results of merged or split units under the units they became (quy đổi theo đơn vị hiện nay); unticked, each former unit keeps a row of its own</source>
        <translation>Tính kết quả của các đơn vị đã hợp nhất, chia tách vào đơn vị hiện nay; bỏ chọn thì mỗi đơn vị cũ có một dòng riêng</translation>
    </message>
    <message>
        <source>The phase has no commendation proposals yet: propose units first</source>
        <translation>Giai đoạn chưa có đề nghị khen thưởng nào: hãy đề nghị đơn vị trước</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>No suggestion: there are no rules yet (Catalogue…, Suggestion rules).</source>
        <translation>Chưa có gợi ý: chưa có quy tắc nào (Danh mục…, Quy tắc gợi ý).</translation>
    </message>
    <message>
        <source>No suggestion yet: %1 not fully scored; the rules look at every year of the phase.</source>
        <translation>Chưa có gợi ý: năm %1 chưa chấm điểm xong; các quy tắc xét mọi năm của giai đoạn.</translation>
    </message>
    <message>
        <source>No unit meets the rules.</source>
        <translation>Không có đơn vị nào đạt các quy tắc.</translation>
    </message>
</context>
<context>
    <name>RubricCriteriaModel</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Tỷ lệ %</translation>
    </message>
    <message>
        <source>Pass/fail</source>
        <translation>Đạt/không đạt</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a number of points; type for example 10 or 7,5.</source>
        <translation>Tiêu chí %1: “%2” không phải là số điểm; hãy nhập, ví dụ 10 hoặc 7,5.</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a percentage; type a number from 0 to 100, for example 90.</source>
        <translation>Tiêu chí %1: “%2” không phải là tỷ lệ phần trăm; hãy nhập một số từ 0 đến 100, ví dụ 90.</translation>
    </message>
    <message>
        <source>Item %1: the level is 1 or 2, not “%2”.</source>
        <translation>Tiêu chí %1: mức độ là 1 hoặc 2, không phải “%2”.</translation>
    </message>
    <message>
        <source>The sum of the items&apos; maxima</source>
        <translation>Tổng điểm tối đa của các tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước điểm</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Ngưỡng đạt (%)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên</translation>
    </message>
    <message>
        <source>universities</source>
        <translation>cơ sở giáo dục đại học</translation>
    </message>
    <message>
        <source>vocational schools</source>
        <translation>cơ sở giáo dục nghề nghiệp</translation>
    </message>
    <message>
        <source>Không áp dụng: applies only to %1, none of the department&apos;s units.</source>
        <translation>Không áp dụng: chỉ áp dụng cho %1, không có đơn vị nào của Sở thuộc loại này.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RubricEditorDialog</name>
    <message>
        <source>Rubric for %1</source>
        <translation>Bộ tiêu chí năm %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Thông tin:</translation>
    </message>
    <message>
        <source>Cr&amp;iteria (double-click, F2 or type to edit a cell):</source>
        <translation>Các t&amp;iêu chí (nhấp đúp, nhấn F2 hoặc gõ trực tiếp để sửa một ô):</translation>
    </message>
    <message>
        <source>&amp;Rubric of %1:</source>
        <translation>&amp;Bộ tiêu chí năm %1:</translation>
    </message>
    <message>
        <source>&amp;Use this rubric</source>
        <translation>&amp;Dùng bộ tiêu chí này</translation>
    </message>
    <message>
        <source>Make the rubric chosen here the rubric of %1</source>
        <translation>Dùng bộ tiêu chí đang chọn ở đây làm bộ tiêu chí năm %1</translation>
    </message>
    <message>
        <source>&amp;Copy for this year…</source>
        <translation>Sao &amp;chép cho năm này…</translation>
    </message>
    <message>
        <source>Make an editable copy of a rubric the rubric of %1</source>
        <translation>Tạo một bản sao có thể chỉnh sửa của một bộ tiêu chí và dùng làm bộ tiêu chí năm %1</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (bản gốc)</translation>
    </message>
    <message>
        <source>%1 — the rubric of %2</source>
        <translation>%1 — bộ tiêu chí năm %2</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>Căn cứ: %1.</translation>
    </message>
    <message>
        <source>A preset: it stays as published.</source>
        <translation>Bản gốc: được giữ nguyên như văn bản ban hành.</translation>
    </message>
    <message>
        <source>An edited copy of %1.</source>
        <translation>Bản sao đã chỉnh sửa của %1.</translation>
    </message>
    <message>
        <source>An edited copy.</source>
        <translation>Bản sao đã chỉnh sửa.</translation>
    </message>
    <message>
        <source>Units are recognised by level (chỉ tiêu met).</source>
        <translation>Đơn vị được công nhận theo mức độ (căn cứ số chỉ tiêu đạt).</translation>
    </message>
    <message>
        <source>Units are scored in points and ranked in tiers.</source>
        <translation>Đơn vị được chấm điểm và xếp loại theo mức điểm.</translation>
    </message>
    <message>
        <source>No year uses it.</source>
        <translation>Chưa được áp dụng cho năm nào.</translation>
    </message>
    <message>
        <source>Used by %1.</source>
        <translation>Áp dụng cho năm %1.</translation>
    </message>
    <message>
        <source>%1 is locked.</source>
        <translation>Năm %1 đã khóa.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Minimum points</source>
        <translation>Điểm tối thiểu</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <source>&amp;Tiers, best first:</source>
        <translation>&amp;Xếp loại, từ cao xuống thấp:</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Xếp loại thứ %1 chưa có tên.</translation>
    </message>
    <message>
        <source>Tier “%1”: “%2” is not a number of points; type for example 85.</source>
        <translation>Xếp loại “%1”: “%2” không phải là số điểm; hãy nhập, ví dụ 85.</translation>
    </message>
    <message>
        <source>Total of the maxima: %1 points.</source>
        <translation>Tổng điểm tối đa: %1 điểm.</translation>
    </message>
    <message>
        <source>The database is open read-only: the rubric is shown, not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: chỉ xem được bộ tiêu chí, không thể thay đổi.</translation>
    </message>
    <message>
        <source>%1 is locked: its rubric can no longer change. Unlock the year to edit it.</source>
        <translation>Năm %1 đã khóa: không thể thay đổi bộ tiêu chí của năm này nữa. Hãy mở khóa năm để chỉnh sửa.</translation>
    </message>
    <message>
        <source>This rubric is also used by %1, which is locked, so it can no longer change. “Copy for this year…” makes an editable copy for %2.</source>
        <translation>Bộ tiêu chí này cũng được áp dụng cho năm %1 (đã khóa), nên không thể thay đổi nữa. “Sao chép cho năm này…” sẽ tạo một bản sao có thể chỉnh sửa cho năm %2.</translation>
    </message>
    <message>
        <source>This rubric is also used by %1: edits apply to those years too. “Copy for this year…” makes a copy for %2 alone.</source>
        <translation>Bộ tiêu chí này đang được dùng chung với năm %1: mọi chỉnh sửa sẽ áp dụng cho tất cả các năm dùng chung. “Sao chép cho năm này…” sẽ tạo một bản sao chỉ dùng riêng cho năm %2.</translation>
    </message>
    <message>
        <source>%1 already has its own copy: edit it here</source>
        <translation>Năm %1 đã có bản sao riêng: hãy chỉnh sửa trực tiếp tại đây</translation>
    </message>
    <message>
        <source>Save the rubric (Enter)</source>
        <translation>Lưu bộ tiêu chí (Enter)</translation>
    </message>
    <message>
        <source>Correct the cells marked in red first</source>
        <translation>Hãy sửa các ô được đánh dấu đỏ trước</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The changes to the rubric have not been saved.</source>
        <translation>Các thay đổi của bộ tiêu chí chưa được lưu.</translation>
    </message>
    <message>
        <source>Copy a rubric for %1</source>
        <translation>Sao chép bộ tiêu chí cho năm %1</translation>
    </message>
    <message>
        <source>The copy becomes the rubric of %1 and can be edited; other years keep theirs. Scores already given in %1 stay with the copy.</source>
        <translation>Bản sao sẽ trở thành bộ tiêu chí năm %1 và có thể chỉnh sửa; các năm khác giữ nguyên bộ tiêu chí của mình. Điểm đã chấm trong năm %1 được giữ lại theo bản sao.</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Sao chép từ:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Rubric not copied</source>
        <translation>Không sao chép được bộ tiêu chí</translation>
    </message>
    <message>
        <source>Rubric not changed</source>
        <translation>Không thay đổi được bộ tiêu chí</translation>
    </message>
    <message>
        <source>Rubric not saved</source>
        <translation>Không lưu được bộ tiêu chí</translation>
    </message>
    <message>
        <source>Correct the cells marked in red first:</source>
        <translation>Hãy sửa các ô được đánh dấu đỏ trước:</translation>
    </message>
    <message>
        <source>The rubric was not saved; nothing was changed.</source>
        <translation>Chưa lưu bộ tiêu chí; không có thay đổi nào được thực hiện.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… và %1 lỗi khác.</translation>
    </message>
    <message>
        <source>Items: %1.</source>
        <translation>Số chỉ tiêu: %1.</translation>
    </message>
    <message>
        <source>“%1” is not the rubric of %2. “Use this rubric” makes it the year&apos;s rubric; “Copy for this year…” makes an editable copy of it for %2.</source>
        <translation>“%1” không phải là bộ tiêu chí năm %2. “Dùng bộ tiêu chí này” sẽ lấy bộ tiêu chí này làm bộ tiêu chí của năm; “Sao chép cho năm này…” sẽ tạo một bản sao có thể chỉnh sửa của bộ tiêu chí này cho năm %2.</translation>
    </message>
    <message>
        <source>“%1” is a preset and stays as published. “Copy for this year…” makes an editable copy of it for %2.</source>
        <translation>“%1” là bản gốc và được giữ nguyên như văn bản ban hành. “Sao chép cho năm này…” sẽ tạo một bản sao có thể chỉnh sửa của bộ tiêu chí này cho năm %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RubricService</name>
    <message>
        <source>The year %1 has no settings in this database.</source>
        <translation>Năm %1 chưa được thiết lập trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The year %1 is locked: its rubric can no longer be changed.</source>
        <translation>Năm %1 đã khóa: không thể thay đổi bộ tiêu chí của năm này nữa.</translation>
    </message>
    <message>
        <source>The rubric %1 does not exist.</source>
        <translation>Bộ tiêu chí %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 already has scores against its rubric; copy that rubric instead.</source>
        <translation>Năm %1 đã có điểm chấm theo bộ tiêu chí hiện tại của năm; hãy sao chép chính bộ tiêu chí đó.</translation>
    </message>
    <message>
        <source>%1 (edited for %2)</source>
        <translation>%1 (chỉnh sửa cho năm %2)</translation>
    </message>
    <message>
        <source>%1 already has %2 scores against its current rubric; they would no longer count. Clear them first, or edit a copy of the current rubric.</source>
        <translation>Năm %1 đã có %2 điểm chấm theo bộ tiêu chí hiện tại; các điểm này sẽ không còn được tính. Hãy xóa các điểm đó trước, hoặc chỉnh sửa một bản sao của bộ tiêu chí hiện tại.</translation>
    </message>
    <message>
        <source>Item %1 has no title.</source>
        <translation>Tiêu chí %1 chưa có nội dung.</translation>
    </message>
    <message>
        <source>Item %1: the maximum must be more than 0.</source>
        <translation>Tiêu chí %1: điểm tối đa phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Item %1: the step must be more than 0.</source>
        <translation>Tiêu chí %1: bước điểm phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Item %1: the maximum %2 is not a multiple of the step %3.</source>
        <translation>Tiêu chí %1: điểm tối đa %2 không phải là bội số của bước điểm %3.</translation>
    </message>
    <message>
        <source>Item %1: the threshold must be a percentage from 0 to 100.</source>
        <translation>Tiêu chí %1: ngưỡng đạt phải là tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <source>Item %1 needs a level (1 or 2).</source>
        <translation>Tiêu chí %1 cần có mức độ (1 hoặc 2).</translation>
    </message>
    <message>
        <source>The tier “%1” must need fewer points than “%2”.</source>
        <translation>Xếp loại “%1” phải có điểm tối thiểu thấp hơn “%2”.</translation>
    </message>
    <message>
        <source>The tier “%1” needs %2 points, more than the rubric&apos;s %3.</source>
        <translation>Xếp loại “%1” cần %2 điểm, vượt quá tổng điểm tối đa %3 của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>%1 is a preset and stays as published; copy it for a year to change it.</source>
        <translation>%1 là bản gốc và được giữ nguyên như văn bản ban hành; hãy sao chép cho một năm để chỉnh sửa.</translation>
    </message>
    <message>
        <source>Item %1: %2&apos;s score %3 for %4 would no longer fit (%5).</source>
        <translation>Tiêu chí %1: điểm %3 của %2 năm %4 sẽ không còn hợp lệ (%5).</translation>
    </message>
    <message>
        <source>not on the step</source>
        <translation>không đúng bước điểm</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1: theirs %2 → yours %3</source>
        <translation>%1: của họ %2 → của bạn %3</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 (self-score)</source>
        <translation>%1 (tự chấm)</translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation>%1 (thẩm định)</translation>
    </message>
    <message>
        <source>Evidence files: theirs %1 → yours %2</source>
        <translation>Tệp minh chứng: của họ %1 → của bạn %2</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã sửa</translation>
    </message>
    <message>
        <source>Their version and yours hold the same values.</source>
        <translation>Bản của họ và bản của bạn có cùng giá trị.</translation>
    </message>
    <message>
        <source>Where the two versions differ:</source>
        <translation>Những chỗ hai bản khác nhau:</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Tải lại bản của họ</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Lưu bản của tôi thay bản của họ</translation>
    </message>
</context>
<context>
    <name>SaveReportTextCommand</name>
    <message>
        <source>Return “%1” of the %2 report to the draft</source>
        <translation>Đưa “%1” của báo cáo năm %2 về bản nháp</translation>
    </message>
    <message>
        <source>Edit “%1” of the %2 report</source>
        <translation>Sửa “%1” của báo cáo năm %2</translation>
    </message>
    <message>
        <source>the text was changed after this step (on another computer).</source>
        <translation>nội dung đã được sửa sau bước này (trên máy khác).</translation>
    </message>
</context>
<context>
    <name>SaveSubmissionCommand</name>
    <message>
        <source>Edit submission of %1</source>
        <translation>sửa hồ sơ của %1</translation>
    </message>
    <message>
        <source>the submission was changed after this step (by an import or on another computer).</source>
        <translation>hồ sơ đã bị thay đổi sau bước này (do nhập dữ liệu từ tệp hoặc do sửa trên máy tính khác).</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>self %1</source>
        <translation>tự chấm %1</translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Emulation group: %1</source>
        <translation>Khối thi đua: %1</translation>
    </message>
    <message>
        <source>Nothing received from this unit for %1: there is nothing to score.</source>
        <translation>Chưa nhận được hồ sơ năm %1 của đơn vị này: chưa có gì để chấm điểm.</translation>
    </message>
    <message>
        <source>Self-score %1, reviewed %2</source>
        <translation>Tự chấm %1, thẩm định %2</translation>
    </message>
    <message>
        <source>Self-score %1, not reviewed yet</source>
        <translation>Tự chấm %1, chưa thẩm định</translation>
    </message>
    <message>
        <source>No self-score, reviewed %1</source>
        <translation>Không có điểm tự chấm, thẩm định %1</translation>
    </message>
    <message>
        <source>No self-score, not reviewed yet</source>
        <translation>Không có điểm tự chấm, chưa thẩm định</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items met</source>
        <translation>Đạt %1/%2 chỉ tiêu</translation>
    </message>
    <message>
        <source>Reviewed total: %1</source>
        <translation>Tổng điểm thẩm định: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items reviewed: the total counts once every item is reviewed.</source>
        <translation>Đã thẩm định %1/%2 tiêu chí: tổng điểm chỉ được tính khi tất cả các tiêu chí đã được thẩm định.</translation>
    </message>
    <message>
        <source>Self-assessed total: %1</source>
        <translation>Tổng điểm tự chấm: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>Đã thẩm định %1/%2</translation>
    </message>
    <message>
        <source>Not classified: %1 of %2 items reviewed</source>
        <translation>Chưa xếp loại: đã thẩm định %1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>Met or not met (đạt / không đạt)</source>
        <translation>Đạt / không đạt</translation>
    </message>
    <message>
        <source>A percentage; met from %1%</source>
        <translation>Tỷ lệ phần trăm; đạt từ %1% trở lên</translation>
    </message>
    <message>
        <source>Maximum %1 points, step %2</source>
        <translation>Tối đa %1 điểm, bước điểm %2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Mức độ %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Items met, once every item is reviewed</source>
        <translation>Số chỉ tiêu đạt, khi tất cả các chỉ tiêu đã được thẩm định</translation>
    </message>
    <message>
        <source>The total of the reviewed scores, once every item is reviewed</source>
        <translation>Tổng điểm thẩm định, khi tất cả các tiêu chí đã được thẩm định</translation>
    </message>
    <message>
        <source>The rubric&apos;s classification of the reviewed total</source>
        <translation>Xếp loại theo bộ tiêu chí, căn cứ tổng điểm thẩm định</translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year locked</source>
        <translation>Năm đã khóa</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Bảng điểm</translation>
    </message>
    <message>
        <source>&amp;Ranked list</source>
        <translation>&amp;Danh sách xếp hạng</translation>
    </message>
    <message>
        <source>In each cell: the unit&apos;s self-score (small, grey) and the reviewed score. Amber: the reviewed score differs from the self-score. Blue corner: a note. Type a score and press Enter to go down to the next unit; Shift+F2 edits the note, Delete clears the reviewed score.</source>
        <translation>Mỗi ô gồm: điểm tự chấm của đơn vị (chữ nhỏ, màu xám) và điểm thẩm định. Màu vàng cam: điểm thẩm định khác điểm tự chấm. Góc màu xanh lam: có ghi chú. Nhập điểm rồi nhấn Enter để chuyển xuống đơn vị tiếp theo; Shift+F2 để sửa ghi chú, Delete để xóa điểm thẩm định.</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Ghi chú…</translation>
    </message>
    <message>
        <source>Open &amp;evidence</source>
        <translation>Mở minh &amp;chứng</translation>
    </message>
    <message>
        <source>The files the unit sent as evidence for the selected item</source>
        <translation>Các tệp đơn vị gửi làm minh chứng cho tiêu chí đang chọn</translation>
    </message>
    <message>
        <source>&amp;Clear reviewed score</source>
        <translation>&amp;Xóa điểm thẩm định</translation>
    </message>
    <message>
        <source>No year has settings yet</source>
        <translation>Chưa có năm nào được thiết lập</translation>
    </message>
    <message>
        <source>The year %1 is locked: its scores cannot be changed until it is unlocked.</source>
        <translation>Năm %1 đã khóa: không thể thay đổi điểm của năm này cho đến khi mở khóa.</translation>
    </message>
    <message>
        <source>Reviewed in full: %1 of %2 received · Not received: %3</source>
        <translation>Đã thẩm định đủ: %1/%2 hồ sơ đã nhận · Chưa nộp: %3</translation>
    </message>
    <message>
        <source>A unit is reviewed in full when every item of the rubric has a reviewed score; only then does it get a total, a classification and a rank.</source>
        <translation>Đơn vị được coi là đã thẩm định đủ khi tất cả các tiêu chí trong bộ tiêu chí đều có điểm thẩm định; chỉ khi đó đơn vị mới có tổng điểm, xếp loại và thứ hạng.</translation>
    </message>
    <message>
        <source>Write a note on the selected item of the unit&apos;s review (Shift+F2)</source>
        <translation>Ghi chú cho tiêu chí đang chọn trong kết quả thẩm định của đơn vị (Shift+F2)</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>Đã thẩm định %1/%2</translation>
    </message>
    <message>
        <source>Score %1 not saved: %2</source>
        <translation>Chưa lưu điểm tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Nothing was received from %1 for %2: record its submission first.</source>
        <translation>Chưa nhận được hồ sơ năm %2 của %1: hãy ghi nhận hồ sơ trước.</translation>
    </message>
    <message>
        <source>&amp;Edit reviewed score</source>
        <translation>&amp;Sửa điểm thẩm định</translation>
    </message>
    <message>
        <source>No file is tied to this item</source>
        <translation>Không có tệp nào gắn với tiêu chí này</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Ghi chú tiêu chí %1</translation>
    </message>
    <message>
        <source>Note on item %1 (%2) of %3:</source>
        <translation>Ghi chú tiêu chí %1 (%2) của %3:</translation>
    </message>
    <message>
        <source>The year %1 is locked.</source>
        <translation>Đã khóa năm %1.</translation>
    </message>
    <message>
        <source>The year %1 is unlocked.</source>
        <translation>Đã mở khóa năm %1.</translation>
    </message>
    <message>
        <source>R&amp;ubric…</source>
        <translation>Bộ tiêu chí…</translation>
    </message>
    <message>
        <source>The year&apos;s rubric: its items, maxima, steps and tiers; copy a preset to change them</source>
        <translation>Bộ tiêu chí của năm: các tiêu chí, điểm tối đa, bước điểm và mức xếp loại; sao chép bản gốc để chỉnh sửa</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seed file %1 is missing.</source>
        <translation>Không tìm thấy tệp dữ liệu khởi tạo %1.</translation>
    </message>
    <message>
        <source>The seed file %1 is not valid JSON: %2</source>
        <translation>Tệp dữ liệu khởi tạo %1 không phải là JSON hợp lệ: %2</translation>
    </message>
    <message>
        <source>The seed names an unknown unit code %1.</source>
        <translation>Dữ liệu khởi tạo có mã đơn vị không xác định: %1.</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>Logins and roles exist only on a server database.</source>
        <translation>Tài khoản đăng nhập và vai trò chỉ có trên cơ sở dữ liệu máy chủ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a login name: use letters without diacritics, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter, at most 63 characters (not starting with xhht_ or pg_).</source>
        <translation>&apos;%1&apos; không dùng làm tên đăng nhập được: hãy dùng chữ không dấu, chữ số, &apos;_&apos;, &apos;.&apos; hoặc &apos;-&apos;, bắt đầu bằng chữ cái, tối đa 63 ký tự (không bắt đầu bằng xhht_ hoặc pg_).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use clerk, council, leader or unit.</source>
        <translation>&apos;%1&apos; không phải là vai trò; hãy dùng clerk, council, leader hoặc unit.</translation>
    </message>
    <message>
        <source>The server already has a login named &apos;%1&apos;; nothing was changed.</source>
        <translation>Máy chủ đã có tài khoản tên &apos;%1&apos;; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no xhht login named &apos;%1&apos; on this database; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này không có tài khoản xhht tên &apos;%1&apos;; chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address: it must start with postgresql://</source>
        <translation>&apos;%1&apos; không phải là địa chỉ máy chủ: địa chỉ phải bắt đầu bằng postgresql://</translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; cannot be read: %2</source>
        <translation>Không đọc được địa chỉ máy chủ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; names the database &apos;%2&apos;; a database name has no &apos;/&apos;.</source>
        <translation>Địa chỉ máy chủ &apos;%1&apos; ghi cơ sở dữ liệu &apos;%2&apos;; tên cơ sở dữ liệu không có &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The server address has an unknown setting &apos;%1&apos; (known: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, host, port, user, dbname).</source>
        <translation>Địa chỉ máy chủ có thiết lập không rõ &apos;%1&apos; (các thiết lập dùng được: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, host, port, user, dbname).</translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; has no valid port.</source>
        <translation>Địa chỉ máy chủ &apos;%1&apos; không có cổng hợp lệ.</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>The database to copy: a file or a postgresql:// address.</source>
        <translation>Cơ sở dữ liệu cần sao chép: một tệp hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>NGUỒN</translation>
    </message>
    <message>
        <source>The new, empty database to copy into: a file or a postgresql:// address.</source>
        <translation>Cơ sở dữ liệu mới, còn trống, để chép vào: một tệp hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ĐÍCH</translation>
    </message>
    <message>
        <source>The login&apos;s role: clerk, council, leader or unit.</source>
        <translation>Vai trò của tài khoản: clerk, council, leader hoặc unit.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>The unit a unit&apos;s login speaks for (its code).</source>
        <translation>Đơn vị mà tài khoản đơn vị đại diện (mã đơn vị).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from standard input.</source>
        <translation>Đọc mật khẩu của tài khoản mới từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation>Định dạng đầu ra: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>server init takes no argument besides --db ADDRESS.</source>
        <translation>server init không nhận tham số nào ngoài --db ĐỊA_CHỈ.</translation>
    </message>
    <message>
        <source>Server database ready: %1 (the plan, the roles clerk, council, leader and unit, their rights). Add logins with &apos;xhht server add-user NAME --role ROLE&apos;.
</source>
        <translation>Cơ sở dữ liệu máy chủ đã sẵn sàng: %1 (kế hoạch, các vai trò clerk, council, leader và unit cùng quyền của từng vai trò). Thêm tài khoản bằng &apos;xhht server add-user TÊN --role VAI_TRÒ&apos;.
</translation>
    </message>
    <message>
        <source>usage: xhht server add-user NAME --role clerk|council|leader|unit [--unit CODE] [--password-stdin].</source>
        <translation>cách dùng: xhht server add-user TÊN --role clerk|council|leader|unit [--unit MÃ] [--password-stdin].</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: không có mật khẩu ở đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Login %1 added with the role %2.
</source>
        <translation>Đã thêm tài khoản %1 với vai trò %2.
</translation>
    </message>
    <message>
        <source>usage: xhht server remove-user NAME.</source>
        <translation>cách dùng: xhht server remove-user TÊN.</translation>
    </message>
    <message>
        <source>Login %1 removed.
</source>
        <translation>Đã xóa tài khoản %1.
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>unknown server action &apos;%1&apos;; use init, add-user, remove-user or users.</source>
        <translation>không rõ thao tác máy chủ &apos;%1&apos;; hãy dùng init, add-user, remove-user hoặc users.</translation>
    </message>
    <message>
        <source>usage: xhht copy --from SOURCE --to TARGET.</source>
        <translation>cách dùng: xhht copy --from NGUỒN --to ĐÍCH.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 tables, %4 rows, each table&apos;s rows counted equal on both sides.
</source>
        <translation>Đã sao chép %1 sang %2: %3 bảng, %4 dòng; số dòng của từng bảng ở hai bên đã được đếm và khớp nhau.
</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>clerk, Culture and Family Management Office</source>
        <translation>chuyên viên, Phòng Quản lý Văn hóa và Gia đình</translation>
    </message>
    <message>
        <source>evaluation, Department Office</source>
        <translation>thẩm định, Văn phòng Sở</translation>
    </message>
    <message>
        <source>leader, reading only</source>
        <translation>lãnh đạo, chỉ xem</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>no xhht role</source>
        <translation>chưa có vai trò xhht</translation>
    </message>
</context>
<context>
    <name>ServerService</name>
    <message>
        <source>%1 is a file on this computer; logins and roles exist only on a server database (--db postgresql://…).</source>
        <translation>%1 là một tệp trên máy tính này; tài khoản và vai trò chỉ có trên cơ sở dữ liệu máy chủ (--db postgresql://…).</translation>
    </message>
    <message>
        <source>This database has no xhht roles yet: run &apos;xhht server init --db ADDRESS&apos; first.</source>
        <translation>Cơ sở dữ liệu này chưa có các vai trò xhht: hãy chạy &apos;xhht server init --db ĐỊA_CHỈ&apos; trước.</translation>
    </message>
    <message>
        <source>A unit&apos;s login needs its unit: --unit CODE.</source>
        <translation>Tài khoản của đơn vị cần ghi đơn vị: --unit MÃ.</translation>
    </message>
    <message>
        <source>There is no unit with the code &apos;%1&apos; (&apos;xhht units&apos; lists them).</source>
        <translation>Không có đơn vị nào mã &apos;%1&apos; (lệnh &apos;xhht units&apos; liệt kê các đơn vị).</translation>
    </message>
    <message>
        <source>--unit is only for a unit&apos;s login (--role unit).</source>
        <translation>--unit chỉ dùng cho tài khoản của đơn vị (--role unit).</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>Your login %1 is a leader&apos;s: it reads, prints and exports, and changes nothing.</source>
        <translation>Tài khoản %1 là của lãnh đạo: chỉ xem, in và xuất, không thay đổi dữ liệu.</translation>
    </message>
    <message>
        <source>Your login %1 may not change this: it is the council&apos;s work (Văn phòng Sở).</source>
        <translation>Tài khoản %1 không được thay đổi mục này: đây là việc của Hội đồng (Văn phòng Sở).</translation>
    </message>
    <message>
        <source>Your login %1 may not change this: it is the clerk&apos;s work (Phòng QLVH&amp;GĐ).</source>
        <translation>Tài khoản %1 không được thay đổi mục này: đây là việc của cán bộ tổng hợp (Phòng QLVH&amp;GĐ).</translation>
    </message>
    <message>
        <source>Your login %1 is the unit %2&apos;s: it changes only its own submission.</source>
        <translation>Tài khoản %1 là của đơn vị %2: chỉ thay đổi được hồ sơ của chính đơn vị mình.</translation>
    </message>
</context>
<context>
    <name>SetDossierSentCommand</name>
    <message>
        <source>the day the dossier was sent was changed after this step.</source>
        <translation>ngày gửi hồ sơ đã bị thay đổi sau bước này.</translation>
    </message>
</context>
<context>
    <name>SetObligationStatusCommand</name>
    <message>
        <source>Set %1 of %2 to “%3”</source>
        <translation>Chuyển %1 của %2 sang “%3”</translation>
    </message>
    <message>
        <source>the task was changed after this step.</source>
        <translation>nhiệm vụ đã được sửa sau bước này.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>none: no automatic backups</source>
        <translation>chưa chọn: không sao lưu tự động</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Thư mục &amp;sao lưu:</translation>
    </message>
    <message>
        <source>A new language takes effect when xhht is started again. A copy of the database is saved in the backup folder at closing when something changed, and at least daily; the last 7 daily and 4 weekly copies are kept.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi khởi động lại xhht. Một bản sao cơ sở dữ liệu được lưu vào thư mục sao lưu khi đóng chương trình nếu có thay đổi, và ít nhất mỗi ngày một lần; giữ 7 bản hằng ngày và 4 bản hằng tuần gần nhất.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Chung</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>The database is open read-only: the document settings cannot be changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể thay đổi thiết lập văn bản.</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Who signs the documents?</source>
        <translation>Ai ký văn bản?</translation>
    </message>
    <message>
        <source>The form and the head&apos;s title, in capitals: KT. GIÁM ĐỐC, TL. GIÁM ĐỐC, …; empty when the head signs in person</source>
        <translation>Hình thức ký và chức danh người đứng đầu, viết in hoa: KT. GIÁM ĐỐC, TL. GIÁM ĐỐC, …; để trống khi người đứng đầu ký trực tiếp</translation>
    </message>
    <message>
        <source>Full name, without degrees or honours</source>
        <translation>Họ và tên, không ghi học hàm, học vị</translation>
    </message>
    <message>
        <source>No signer is set yet. The documents carry the signer&apos;s name under the signature; it is kept in Settings (Documents) for the next ones.</source>
        <translation>Chưa đặt người ký. Văn bản ghi họ tên người ký dưới chữ ký; thông tin này được lưu trong Cài đặt (Văn bản) cho các văn bản sau.</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>&amp;Quyền hạn ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Lưu và tiếp tục</translation>
    </message>
    <message>
        <source>Document settings</source>
        <translation>Thiết lập văn bản</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>đây không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>it is damaged (integrity check: %1)</source>
        <translation>tệp bị hỏng (kiểm tra toàn vẹn: %1)</translation>
    </message>
    <message>
        <source>it is not an xhht database</source>
        <translation>đây không phải cơ sở dữ liệu của xhht</translation>
    </message>
</context>
<context>
    <name>SubmissionCommands</name>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation>Định dạng đầu ra: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation>Kiểm tra tệp và cho biết những gì sẽ thay đổi; không ghi dữ liệu.</translation>
    </message>
    <message>
        <source>Fill the template with what is already recorded.</source>
        <translation>Điền sẵn vào mẫu những dữ liệu đã ghi nhận.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;import template&apos;.</source>
        <translation>đối số &apos;%1&apos; không hợp lệ đối với lệnh &apos;import template&apos;.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &apos;%1&apos;.</source>
        <translation>--year cần một năm, ví dụ 2025, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;import template&apos; needs --year YEAR, such as --year 2025.</source>
        <translation>lệnh &apos;import template&apos; cần --year YEAR, ví dụ --year 2025.</translation>
    </message>
    <message>
        <source>&apos;import template&apos; needs -o FILE.csv or -o FILE.xlsx.</source>
        <translation>lệnh &apos;import template&apos; cần -o FILE.csv hoặc -o FILE.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the import template of %1 to %2.
</source>
        <translation>Đã ghi mẫu nhập liệu năm %1 vào %2.
</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was imported.</source>
        <translation>%1 ở chế độ chỉ đọc; không có dữ liệu nào được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 có %n lỗi; không có dữ liệu nào được nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source> (dry run: nothing was written).</source>
        <translation> (chạy thử: không ghi dữ liệu nào).</translation>
    </message>
    <message>
        <source>The year to list (default: this year).</source>
        <translation>Năm cần liệt kê (mặc định: năm nay).</translation>
    </message>
    <message>
        <source>The year of the template; for an import, the year of a file without a [year] column.</source>
        <translation>Năm của mẫu nhập liệu; khi nhập, là năm của tệp không có cột [year].</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) for %2: %3 new, %4 changed, %5 unchanged, %6 with nothing filled in</source>
        <translation>
            <numerusform>%1: %n dòng của năm %2: %3 hồ sơ mới, %4 hồ sơ thay đổi, %5 hồ sơ không đổi, %6 dòng chưa điền số liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the reviewed-score columns [rev:CODE] (the council&apos;s sheet).</source>
        <translation>Thêm các cột điểm thẩm định [rev:CODE] (phiếu chấm của hội đồng thẩm định).</translation>
    </message>
    <message>
        <source>Write the units import template instead.</source>
        <translation>Ghi mẫu nhập danh sách đơn vị.</translation>
    </message>
    <message>
        <source>&apos;import units&apos; takes one file: xhht import units FILE [--dry-run].</source>
        <translation>&apos;import units&apos; nhận một tệp: xhht import units TỆP [--dry-run].</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs what to do: &apos;template&apos;, &apos;submissions&apos; or &apos;units&apos;; see &apos;xhht --help&apos;.</source>
        <translation>&apos;import&apos; cần biết việc cần làm: &apos;template&apos;, &apos;submissions&apos; hoặc &apos;units&apos;; xem &apos;xhht --help&apos;.</translation>
    </message>
    <message>
        <source>unknown import &apos;%1&apos;; use &apos;template&apos;, &apos;submissions&apos; or &apos;units&apos;.</source>
        <translation>không có kiểu nhập &apos;%1&apos;; dùng &apos;template&apos;, &apos;submissions&apos; hoặc &apos;units&apos;.</translation>
    </message>
    <message>
        <source>Write one workbook per unit active in the year into the folder given by -o.</source>
        <translation>Ghi mỗi đơn vị hoạt động trong năm một tệp Excel vào thư mục cho bởi -o.</translation>
    </message>
    <message>
        <source>&apos;import submissions&apos; takes files or a folder: xhht import submissions FILE... | FOLDER [--year Y] [--dry-run].</source>
        <translation>lệnh &apos;import submissions&apos; cần các tệp hoặc một thư mục: xhht import submissions TỆP... | THƯ_MỤC [--year Y] [--dry-run].</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n workbook(s), one per unit active in %1, to %2.
</source>
        <translation>
            <numerusform>Đã ghi %n tệp Excel, mỗi đơn vị hoạt động trong năm %1 một tệp, vào %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped: already imported on %2 as %3.
</source>
        <translation>%1: bỏ qua: đã nhập ngày %2 với tên %3.
</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 file(s) have errors; nothing was imported.</source>
        <translation>
            <numerusform>%n trên %1 tệp có lỗi; chưa nhập gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported.</source>
        <translation>chưa nhập gì.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: bỏ qua: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 skipped; %3 new, %4 changed</source>
        <translation>
            <numerusform>%n tệp: nhập %1, bỏ qua %2; %3 hồ sơ mới, %4 hồ sơ thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %L1 more error(s)</source>
        <translation>
            <numerusform>… và %L1 lỗi khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionEditorDialog</name>
    <message>
        <source>Submission of %1 for %2</source>
        <translation>Hồ sơ của %1 năm %2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>hạn nộp %1</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Chỉ số</translation>
    </message>
    <message>
        <source>&amp;Self-score</source>
        <translation>&amp;Tự chấm điểm</translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation>M&amp;inh chứng (%1)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Save the submission (Enter); Edit ▸ Undo takes it back</source>
        <translation>Lưu hồ sơ (Enter); có thể hủy việc lưu bằng Sửa ▸ Hoàn tác</translation>
    </message>
    <message>
        <source>e.g. 45/BC-UBND</source>
        <translation>ví dụ: 45/BC-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>Ngày văn &amp;bản:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Ngày &amp;nhận:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicator&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chỉ số&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Giá trị&lt;/b&gt;</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>có / không</translation>
    </message>
    <message>
        <source>Estimate to 31/12</source>
        <translation>Ước thực hiện đến 31/12</translation>
    </message>
    <message>
        <source>The figure is an estimate of what will be done by 31 December (ước thực hiện)</source>
        <translation>Số liệu là ước thực hiện đến hết ngày 31 tháng 12</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation>đạt / không đạt</translation>
    </message>
    <message>
        <source>đạt / không đạt</source>
        <translation>đạt / không đạt</translation>
    </message>
    <message>
        <source>%, threshold %1</source>
        <translation>%, ngưỡng %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>On time (deadline %1)</source>
        <translation>Đúng hạn (hạn nộp %1)</translation>
    </message>
    <message numerus="yes">
        <source>Late: %n day(s) after the deadline %1</source>
        <translation>
            <numerusform>Trễ hạn: %n ngày sau hạn nộp %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Hạn nộp %1</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Tổng điểm: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Scored: %1 of %n item(s)</source>
        <translation>
            <numerusform>Đã chấm: %1/%n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>(without the scores that are not valid)</source>
        <translation>(không tính các điểm không hợp lệ)</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>Hãy sửa các ô được đánh dấu đỏ trước</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The changes to this submission have not been saved.</source>
        <translation>Các thay đổi của hồ sơ này chưa được lưu.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Chưa lưu:</translation>
    </message>
    <message>
        <source>correct the fields marked in red.</source>
        <translation>hãy sửa các ô được đánh dấu đỏ.</translation>
    </message>
</context>
<context>
    <name>SubmissionFilesDialog</name>
    <message>
        <source>Import submissions files</source>
        <translation>Nhập các tệp hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: %1 accepted, %2 refused, %3 skipped.</source>
        <translation>
            <numerusform>Đã đọc %n tệp: %1 tệp hợp lệ, %2 tệp bị từ chối, %3 tệp bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until the refused files are corrected (or left out) and the files are imported again.</source>
        <translation>Chưa nhập gì cho đến khi các tệp bị từ chối được sửa (hoặc bỏ ra) và các tệp được nhập lại.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Correct the refused files, then import them again</source>
        <translation>Hãy sửa các tệp bị từ chối rồi nhập lại</translation>
    </message>
    <message>
        <source>Write the accepted files in one step; imports are not on the undo stack</source>
        <translation>Ghi các tệp hợp lệ trong một bước; việc nhập không hoàn tác được</translation>
    </message>
    <message>
        <source>The files change nothing</source>
        <translation>Các tệp không thay đổi gì</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Sao chép các lỗi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 hồ sơ mới, %2 thay đổi, %3 không đổi</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Chưa nhập gì:
%1</translation>
    </message>
</context>
<context>
    <name>SubmissionFilesImport</name>
    <message>
        <source>%1: the folder has no .csv, .xlsx, .xls or .ods file</source>
        <translation>%1: thư mục không có tệp .csv, .xlsx, .xls hay .ods nào</translation>
    </message>
    <message>
        <source>the same file as %1</source>
        <translation>trùng với tệp %1</translation>
    </message>
    <message>
        <source>already imported on %1 as %2</source>
        <translation>đã nhập ngày %1 với tên %2</translation>
    </message>
    <message>
        <source>the unit %1 of %2 is also in %3 (row %4); keep one file per unit</source>
        <translation>đơn vị %1 năm %2 cũng có trong %3 (dòng %4); mỗi đơn vị chỉ giữ một tệp</translation>
    </message>
    <message>
        <source>Some files have errors; nothing was imported.</source>
        <translation>Có tệp bị lỗi; chưa nhập gì.</translation>
    </message>
</context>
<context>
    <name>SubmissionHistoryView</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Chưa ghi nhận thay đổi nào</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Submission recorded</source>
        <translation>Ghi nhận hồ sơ</translation>
    </message>
    <message>
        <source>Self-score %1</source>
        <translation>Điểm tự chấm %1</translation>
    </message>
    <message>
        <source>Reviewed score %1</source>
        <translation>Điểm thẩm định %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Ghi chú tiêu chí %1</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2); double-click to open it</source>
        <translation>%1 (SHA-256 %2); nhấp đúp để mở</translation>
    </message>
</context>
<context>
    <name>SubmissionImport</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row with the column keys</source>
        <translation>tệp trống; tệp cần có dòng tiêu đề ghi khóa của các cột</translation>
    </message>
    <message>
        <source>this column has values but no header</source>
        <translation>cột này có dữ liệu nhưng không có tiêu đề</translation>
    </message>
    <message>
        <source>the column appears twice (columns %1 and %2)</source>
        <translation>cột bị lặp lại (cột %1 và cột %2)</translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation>“%1” không phải là năm</translation>
    </message>
    <message>
        <source>the file is for %1, but the import was asked for %2</source>
        <translation>tệp là của năm %1, nhưng đang nhập cho năm %2</translation>
    </message>
    <message>
        <source>the year %1 is locked; its submissions can no longer be changed</source>
        <translation>năm %1 đã khóa; không thể thay đổi hồ sơ của năm này nữa</translation>
    </message>
    <message>
        <source>no indicator has the code %1</source>
        <translation>không có chỉ số nào có mã %1</translation>
    </message>
    <message>
        <source>the rubric of %1 (%2) has no item %3</source>
        <translation>bộ tiêu chí năm %1 (%2) không có tiêu chí %3</translation>
    </message>
    <message>
        <source>the file needs a [unit_code] or a [unit_name] column to know whose rows they are</source>
        <translation>tệp cần có cột [unit_code] hoặc [unit_name] để xác định mỗi dòng thuộc đơn vị nào</translation>
    </message>
    <message>
        <source>the year %1 differs from the file&apos;s year %2; import one year per file</source>
        <translation>năm %1 khác với năm %2 của tệp; mỗi tệp chỉ nhập dữ liệu của một năm</translation>
    </message>
    <message>
        <source>the unit %1 (%2) was not active in %3</source>
        <translation>đơn vị %1 (%2) không hoạt động trong năm %3</translation>
    </message>
    <message>
        <source>no unit has the code “%1”</source>
        <translation>không có đơn vị nào có mã “%1”</translation>
    </message>
    <message>
        <source>“%1” is not the name of unit %2 (“%3”)</source>
        <translation>“%1” không phải là tên của đơn vị %2 (“%3”)</translation>
    </message>
    <message>
        <source>no unit active in %1 is named “%2”</source>
        <translation>không có đơn vị nào hoạt động trong năm %1 có tên “%2”</translation>
    </message>
    <message>
        <source>several units are named “%1”; give the unit code</source>
        <translation>có nhiều đơn vị cùng tên “%1”; hãy ghi mã đơn vị</translation>
    </message>
    <message>
        <source>the row has values but no unit</source>
        <translation>dòng có dữ liệu nhưng không ghi đơn vị</translation>
    </message>
    <message>
        <source>the unit %1 already has a row (row %2); one row per unit</source>
        <translation>đơn vị %1 đã có một dòng (dòng %2); mỗi đơn vị chỉ có một dòng</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>Tệp có lỗi; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>the file has no [year] column; add one, or give the year (--year on the command line)</source>
        <translation>tệp không có cột [year]; hãy thêm cột này, hoặc cho biết năm (--year khi dùng dòng lệnh)</translation>
    </message>
    <message>
        <source>unknown column; the keys are [year], [unit_code], [unit_name], [document_number], [document_date], [received_date], [note], [ind:CODE], [self:CODE] and [rev:CODE], as in the import template</source>
        <translation>cột không xác định; các khóa hợp lệ là [year], [unit_code], [unit_name], [document_number], [document_date], [received_date], [note], [ind:CODE], [self:CODE] và [rev:CODE], như trong mẫu nhập liệu</translation>
    </message>
    <message>
        <source>the text has %1 characters, as many as a worksheet cell holds: the spreadsheet program may have cut it; import it from a CSV file</source>
        <translation>văn bản có %1 ký tự, bằng số ký tự tối đa của một ô trang tính: chương trình bảng tính có thể đã cắt bớt; hãy nhập từ tệp CSV</translation>
    </message>
</context>
<context>
    <name>SubmissionService</name>
    <message>
        <source>The year %1 has no settings in this database.</source>
        <translation>Năm %1 chưa được thiết lập trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The year %1 is locked: its submissions and scores can no longer be changed.</source>
        <translation>Năm %1 đã khóa: không thể thay đổi hồ sơ và điểm của năm này nữa.</translation>
    </message>
    <message>
        <source>The evidence file “%1” is not part of this submission.</source>
        <translation>Tệp minh chứng “%1” không thuộc hồ sơ này.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation>%1 lớn hơn %2 MB; hãy đính kèm tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Another program or person recorded submissions of %1 while this import was running; nothing was imported. Import the file again: it is then compared with what they recorded.</source>
        <translation>Trong lúc nhập, một chương trình hoặc người dùng khác đã ghi hồ sơ năm %1; chưa nhập gì. Hãy nhập lại tệp: khi đó tệp sẽ được so sánh với những gì họ đã ghi.</translation>
    </message>
    <message>
        <source>this submission</source>
        <translation>hồ sơ này</translation>
    </message>
    <message>
        <source>the review of %1 of %2</source>
        <translation>kết quả thẩm định tiêu chí %1 của %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatus</name>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Chưa nộp</translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Emulation group: %1</source>
        <translation>Khối thi đua: %1</translation>
    </message>
    <message>
        <source>Nothing received yet; the deadline is %1.</source>
        <translation>Chưa nhận được hồ sơ; hạn nộp là %1.</translation>
    </message>
    <message numerus="yes">
        <source>Received %1, %n day(s) after the deadline %2.</source>
        <translation>
            <numerusform>Nhận ngày %1, trễ %n ngày so với hạn nộp %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1; the deadline is %2.</source>
        <translation>Nhận ngày %1; hạn nộp là %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) filled in</source>
        <translation>
            <numerusform>Đã điền %1/%n chỉ số</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessed total: %1</source>
        <translation>Tổng điểm tự chấm: %1</translation>
    </message>
    <message>
        <source>No self-assessed score</source>
        <translation>Chưa có điểm tự chấm</translation>
    </message>
    <message>
        <source>Report %1 of %2</source>
        <translation>Báo cáo số %1 ngày %2</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo số %1</translation>
    </message>
    <message>
        <source>Whether the report came in by the year&apos;s unit deadline</source>
        <translation>Đơn vị có nộp báo cáo trong hạn nộp của năm hay không</translation>
    </message>
    <message>
        <source>Activity figures filled in, of the indicators in use this year</source>
        <translation>Số chỉ số đã điền số liệu hoạt động, trên tổng số chỉ số áp dụng trong năm</translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessed total against the year&apos;s rubric</source>
        <translation>Tổng điểm tự chấm của đơn vị theo bộ tiêu chí của năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>covered by the units it replaces</source>
        <translation>tính theo đơn vị tiền thân</translation>
    </message>
    <message>
        <source>Formed this year: the reports of %1 cover it for the year; it may still send its own.</source>
        <translation>Thành lập trong năm: báo cáo của %1 được tính cho đơn vị năm nay; đơn vị vẫn có thể gửi báo cáo riêng.</translation>
    </message>
</context>
<context>
    <name>SubmissionTemplate</name>
    <message>
        <source>%1: choose a file name ending in .csv or .xlsx.</source>
        <translation>%1: hãy chọn tên tệp có đuôi .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The %1 of unit %2 (%3) has %4 characters, more than the %5 a worksheet cell holds; write the template as CSV, or shorten the text.</source>
        <translation>Trường %1 của đơn vị %2 (%3) có %4 ký tự, vượt quá %5 ký tự mà một ô trang tính chứa được; hãy ghi mẫu dưới dạng CSV hoặc rút gọn văn bản.</translation>
    </message>
</context>
<context>
    <name>SubmissionValidator</name>
    <message>
        <source>a percentage cannot be negative</source>
        <translation>tỷ lệ phần trăm không được âm</translation>
    </message>
    <message>
        <source>“%1” is not a percentage; write a number from 0 to 100, such as 95 or 92,5</source>
        <translation>“%1” không phải là tỷ lệ phần trăm; hãy ghi một số từ 0 đến 100, ví dụ 95 hoặc 92,5</translation>
    </message>
    <message>
        <source>%1 is more than 100%</source>
        <translation>%1 lớn hơn 100%</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 là ngày trong tương lai</translation>
    </message>
    <message>
        <source>%1 is outside the reporting period of %2 (%3 to %4)</source>
        <translation>%1 nằm ngoài kỳ báo cáo năm %2 (từ %3 đến %4)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation>Chỉ số “%1”</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Chỉ số %1</translation>
    </message>
    <message>
        <source>Self-score %1</source>
        <translation>Điểm tự chấm %1</translation>
    </message>
    <message>
        <source>Reviewed score %1</source>
        <translation>Điểm thẩm định %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a score cannot be negative</source>
        <translation>điểm không được âm</translation>
    </message>
    <message>
        <source>%1 is neither met nor not met</source>
        <translation>%1 không phải là đạt hoặc không đạt</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2</source>
        <translation>%1 vượt quá điểm tối đa %2</translation>
    </message>
    <message>
        <source>%1 is not a multiple of the step %2</source>
        <translation>%1 không phải là bội số của bước điểm %2</translation>
    </message>
    <message>
        <source>the value does not fit the indicator&apos;s kind</source>
        <translation>giá trị không phù hợp với loại của chỉ số</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>số lượng không được âm</translation>
    </message>
    <message>
        <source>a count must be a whole number, not “%1”</source>
        <translation>số lượng phải là số nguyên, không phải “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as dd/mm/yyyy</source>
        <translation>“%1” không phải là ngày; hãy ghi theo dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <source>“%1” is not a real date</source>
        <translation>“%1” không phải là ngày có thật</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>“%1” is not yes or no; write có or không</source>
        <translation>“%1” không phải là giá trị có/không; hãy ghi có hoặc không</translation>
    </message>
    <message>
        <source>“%1” is neither met nor not met; write đạt or không đạt</source>
        <translation>“%1” không phải là giá trị đạt/không đạt; hãy ghi đạt hoặc không đạt</translation>
    </message>
    <message>
        <source>“%1” is not a score; write a number such as 7 or 7,5</source>
        <translation>“%1” không phải là điểm số; hãy ghi một số, ví dụ 7 hoặc 7,5</translation>
    </message>
    <message>
        <source>the document is dated %1, after the date it was received (%2)</source>
        <translation>văn bản ghi ngày %1, sau ngày nhận (%2)</translation>
    </message>
    <message>
        <source>received on %1, before the document&apos;s date (%2)</source>
        <translation>ngày nhận %1 sớm hơn ngày văn bản (%2)</translation>
    </message>
    <message>
        <source>The submission is for %1, not %2.</source>
        <translation>Hồ sơ thuộc năm %1, không phải năm %2.</translation>
    </message>
    <message>
        <source>The unit was not active in %1.</source>
        <translation>Đơn vị không hoạt động trong năm %1.</translation>
    </message>
    <message>
        <source>“%1” is not a status</source>
        <translation>“%1” không phải là trạng thái hợp lệ</translation>
    </message>
    <message>
        <source>required when the status is “%1”</source>
        <translation>bắt buộc khi trạng thái là “%1”</translation>
    </message>
    <message>
        <source>Indicator %1 is not used in %2.</source>
        <translation>Chỉ số %1 không được sử dụng trong năm %2.</translation>
    </message>
    <message>
        <source>Criterion %1 is not in the rubric of %2.</source>
        <translation>Tiêu chí %1 không có trong bộ tiêu chí năm %2.</translation>
    </message>
    <message>
        <source>An evidence file has no name.</source>
        <translation>Có tệp minh chứng không có tên.</translation>
    </message>
    <message>
        <source>Evidence “%1” is tied to a criterion that is not in the rubric of %2.</source>
        <translation>Minh chứng “%1” gắn với một tiêu chí không có trong bộ tiêu chí năm %2.</translation>
    </message>
    <message>
        <source>Item %1 does not apply to %2 (không áp dụng): leave it empty.</source>
        <translation>Chỉ tiêu %1 không áp dụng cho %2: hãy để trống.</translation>
    </message>
</context>
<context>
    <name>SubmissionWorkbooks</name>
    <message>
        <source>&amp;Workbooks for the units…</source>
        <translation>&amp;Bảng tính cho các đơn vị…</translation>
    </message>
    <message>
        <source>Save one workbook per unit active in the year into a folder: the unit&apos;s name filled in, every cell checked as it is typed, last year&apos;s values beside; send each unit its own, then drop the returned files or their folder here</source>
        <translation>Lưu vào một thư mục mỗi đơn vị hoạt động trong năm một bảng tính: đã điền sẵn tên đơn vị, mỗi ô được kiểm tra khi nhập, kèm số liệu năm trước; gửi mỗi đơn vị bảng tính của mình, rồi kéo thả các tệp gửi lại hoặc thư mục chứa chúng vào đây</translation>
    </message>
    <message>
        <source>Folder for the units&apos; workbooks</source>
        <translation>Thư mục lưu bảng tính của các đơn vị</translation>
    </message>
    <message>
        <source>Workbooks not saved</source>
        <translation>Không lưu được các bảng tính</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workbook(s) for the units of %1 in %2</source>
        <translation>
            <numerusform>Đã lưu %n bảng tính cho các đơn vị năm %1 vào %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import submissions files</source>
        <translation>Nhập các tệp hồ sơ</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>Imported the files: %1 new, %2 changed</source>
        <translation>Đã nhập các tệp: %1 hồ sơ mới, %2 hồ sơ thay đổi</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed</source>
        <translation>Đã nhập %1: %2 hồ sơ mới, %3 hồ sơ thay đổi</translation>
    </message>
</context>
<context>
    <name>SubmissionsScreen</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year locked</source>
        <translation>Năm đã khóa</translation>
    </message>
    <message>
        <source>Unit name, code or document number (Ctrl+F)</source>
        <translation>Tên đơn vị, mã đơn vị hoặc số văn bản (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Received on time or late, whatever the status</source>
        <translation>Đã nhận hồ sơ (đúng hạn hoặc trễ hạn), bất kể trạng thái</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Khối t&amp;hi đua:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Record or correct the selected unit&apos;s submission (Enter, or double-click the row)</source>
        <translation>Ghi nhận hoặc sửa hồ sơ của đơn vị đang chọn (Enter, hoặc nhấp đúp vào dòng)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>Save this table as a spreadsheet (XLSX or CSV)</source>
        <translation>Lưu bảng này thành tệp bảng tính (XLSX hoặc CSV)</translation>
    </message>
    <message>
        <source>Import &amp;template…</source>
        <translation>&amp;Mẫu nhập liệu…</translation>
    </message>
    <message>
        <source>Save the year&apos;s import template: one row per active unit, to fill in and import (XLSX or CSV)</source>
        <translation>Lưu mẫu nhập liệu của năm: mỗi đơn vị đang hoạt động một dòng, để điền số liệu rồi nhập vào (XLSX hoặc CSV)</translation>
    </message>
    <message>
        <source>No year has settings yet</source>
        <translation>Chưa có năm nào được thiết lập</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Hồ sơ đơn vị</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả khối thi đua</translation>
    </message>
    <message>
        <source>Received %1 of %2 · Late %3 · Missing %4</source>
        <translation>Đã nhận %1/%2 · Trễ hạn %3 · Chưa nộp %4</translation>
    </message>
    <message>
        <source>Deadline for units: %1</source>
        <translation>Hạn nộp của đơn vị: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>The year %1 is locked: its submissions cannot be changed.</source>
        <translation>Năm %1 đã khóa: không thể thay đổi hồ sơ của năm này.</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Xem…</translation>
    </message>
    <message>
        <source>Import a filled-in template (XLSX or CSV). Imports are not on the undo stack: Edit ▸ Undo does not take them back, and importing clears the undo history.</source>
        <translation>Nhập mẫu nhập liệu đã điền (XLSX hoặc CSV). Việc nhập dữ liệu không thể hoàn tác: Sửa ▸ Hoàn tác không khôi phục được, và việc nhập sẽ xóa lịch sử hoàn tác.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Saved the submission of %1</source>
        <translation>Đã lưu hồ sơ của %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export submissions</source>
        <translation>Xuất danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>Không ghi được %1:
%2</translation>
    </message>
    <message>
        <source>Exported the submissions of %1 to %2</source>
        <translation>Đã xuất hồ sơ năm %1 ra tệp %2</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Lưu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Không lưu được mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Saved the import template of %1 to %2</source>
        <translation>Đã lưu mẫu nhập liệu năm %1 vào %2</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Nhập hồ sơ từ tệp</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Covered by former units %1</source>
        <translation>Tính theo đơn vị tiền thân %1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Bảng tính (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Your unit has no submission to make for %1.</source>
        <translation>Năm %1 đơn vị không phải nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Deadline %1 · Locked by the council: read only</source>
        <translation>Hạn nộp %1 · Hội đồng đã khóa năm: chỉ xem</translation>
    </message>
    <message>
        <source>Deadline %1 · Open: your unit enters and corrects its submission</source>
        <translation>Hạn nộp %1 · Đang mở: đơn vị tự nhập và sửa hồ sơ của mình</translation>
    </message>
    <message>
        <source>The year %1 is locked by the council (Văn phòng Sở): your unit&apos;s submission can no longer be changed. Ask the department&apos;s office if something must be corrected.</source>
        <translation>Năm %1 đã được Hội đồng (Văn phòng Sở) khóa: hồ sơ của đơn vị không thể thay đổi nữa. Nếu cần sửa, xin liên hệ phòng chuyên môn của Sở.</translation>
    </message>
    <message>
        <source>Enter or correct your unit&apos;s submission for %1 (Enter, or double-click the row)</source>
        <translation>Nhập hoặc sửa hồ sơ năm %1 của đơn vị (Enter, hoặc nhấp đúp vào dòng)</translation>
    </message>
    <message>
        <source>The department&apos;s office records when it received your submission and whether it was checked.</source>
        <translation>Ngày nhận hồ sơ và kết quả thẩm định do phòng chuyên môn của Sở ghi nhận.</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>The table %1 has rows whose parent is missing; nothing was copied.</source>
        <translation>Bảng %1 có dòng không tìm thấy dòng cha; chưa chép gì.</translation>
    </message>
    <message>
        <source>%1 and %2 are at different schema versions (%3 and %4); open both with this program first.</source>
        <translation>%1 và %2 khác phiên bản lược đồ (%3 và %4); hãy mở cả hai bằng chương trình này trước.</translation>
    </message>
    <message>
        <source>%1 has a table %2 that %3 lacks; nothing was copied.</source>
        <translation>%1 có bảng %2 mà %3 không có; chưa chép gì.</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); copy only into a new, empty database. Nothing was copied.</source>
        <translation>%1 đã có dữ liệu (bảng %2); chỉ chép vào cơ sở dữ liệu mới, còn trống. Chưa chép gì.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3; nothing was copied.</source>
        <translation>Bảng %1 trong %2 có các cột khác với trong %3; chưa chép gì.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in %3 but %4 after copying; nothing was copied.</source>
        <translation>Bảng %1 có %2 dòng trong %3 nhưng %4 dòng sau khi chép; chưa chép gì.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>A quoted value that opens in row %1 is never closed.</source>
        <translation>Giá trị mở dấu ngoặc kép ở dòng %1 không có dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>Tệp không có dòng nào.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2.</source>
        <translation>Không mở được tệp %1: %2.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is missing.</source>
        <translation>Tệp bảng tính bị hỏng: thiếu thành phần %1.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be unpacked.</source>
        <translation>Tệp bảng tính bị hỏng: không giải nén được thành phần %1.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not valid XML (line %2: %3).</source>
        <translation>Tệp bảng tính bị hỏng: thành phần %1 không phải là XML hợp lệ (dòng %2: %3).</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook (it may be damaged or protected by a password).</source>
        <translation>Tệp không phải là bảng tính XLSX (có thể tệp bị hỏng hoặc được bảo vệ bằng mật khẩu).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Tệp bảng tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>The worksheet %1 contains no rows.</source>
        <translation>Trang tính %1 không có dòng nào.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, the most a worksheet has; the file is not a table the program can read.</source>
        <translation>Dòng %1 có hơn %2 cột, số cột tối đa của một trang tính; chương trình không đọc được tệp này như một bảng.</translation>
    </message>
    <message>
        <source>Row %1 is not valid UTF-8 text (byte %2 of the file); save the file again as CSV UTF-8.</source>
        <translation>Dòng %1 không phải văn bản UTF-8 hợp lệ (byte thứ %2 của tệp); hãy lưu lại tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>Row %1 is not valid UTF-16 text (byte %2 of the file); save the file again as CSV UTF-8.</source>
        <translation>Dòng %1 không phải văn bản UTF-16 hợp lệ (byte thứ %2 của tệp); hãy lưu lại tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>Row %1 holds bytes that are neither UTF-8 nor Windows-1258 text (byte %2 of the file); save the file again as CSV UTF-8.</source>
        <translation>Dòng %1 có byte không thuộc văn bản UTF-8 cũng không thuộc Windows-1258 (byte thứ %2 của tệp); hãy lưu lại tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB, more than the %3 MB the program reads from one part; it is not a table the program can read.</source>
        <translation>Phần %1 của sổ tính khi giải nén chiếm %2 MB, vượt quá %3 MB mà chương trình đọc cho một phần; chương trình không đọc được tệp này như một bảng.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB from %3 KB, more than %4 times its packed size: a file made to exhaust the computer&apos;s memory, not a table the program reads.</source>
        <translation>Phần %1 của sổ tính khi giải nén chiếm %2 MB từ %3 KB, gấp hơn %4 lần kích thước nén: đây là tệp được tạo ra để làm cạn bộ nhớ máy tính, không phải một bảng chương trình đọc được.</translation>
    </message>
    <message>
        <source>Row %1 has a cell beyond column XFD, the last of the %2 columns a worksheet has; the file is not a table the program can read.</source>
        <translation>Dòng %1 có ô nằm sau cột XFD, cột cuối cùng trong %2 cột của một trang tính; chương trình không đọc được tệp này như một bảng.</translation>
    </message>
    <message>
        <source>Row %1 repeats its cells more than %2 times in all; the file is not a table the program can read.</source>
        <translation>Dòng %1 lặp lại các ô của nó hơn %2 lần tính cả tệp; tệp không phải là bảng mà chương trình đọc được.</translation>
    </message>
    <message>
        <source>Row %1 is repeated %2 times; the file is not a table the program can read.</source>
        <translation>Dòng %1 được lặp lại %2 lần; tệp không phải là bảng mà chương trình đọc được.</translation>
    </message>
    <message>
        <source>The file is not an OpenDocument spreadsheet (.ods), or it is damaged.</source>
        <translation>Tệp không phải là bảng tính OpenDocument (.ods), hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>The file type is not supported; use a .csv, .xlsx, .xls or .ods file.</source>
        <translation>Loại tệp này không được hỗ trợ; hãy dùng tệp .csv, .xlsx, .xls hoặc .ods.</translation>
    </message>
    <message>
        <source>The file is not an Excel 97-2003 workbook (.xls), or it is damaged.</source>
        <translation>Tệp không phải là bảng tính Excel 97-2003 (.xls), hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; the program does not read Excel 97-2003 workbooks that large.</source>
        <translation>Tệp lớn hơn %1 MB; chương trình không đọc bảng tính Excel 97-2003 lớn như vậy.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one, or as .xlsx, and import it again.</source>
        <translation>Bảng tính được bảo vệ bằng mật khẩu; hãy lưu lại không có mật khẩu, hoặc dưới dạng .xlsx, rồi nhập lại.</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheets declare %1 cells, more than the %2 the program reads from an .xls file; save it as .xlsx and import it again.</source>
        <translation>Các trang của bảng tính khai báo %1 ô, nhiều hơn %2 ô chương trình đọc từ một tệp .xls; hãy lưu dưới dạng .xlsx rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>TableSearch</name>
    <message>
        <source>Unit name (Ctrl+F)</source>
        <translation>Tên đơn vị (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>The year whose tasks to list.</source>
        <translation>Năm cần liệt kê nhiệm vụ.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>Only the tasks past their due date and not done.</source>
        <translation>Chỉ các nhiệm vụ đã quá hạn mà chưa hoàn thành.</translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation>Định dạng đầu ra: tsv, csv hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>&apos;tasks&apos; needs --year YEAR, such as --year 2025.</source>
        <translation>&apos;tasks&apos; cần --year NĂM, ví dụ --year 2025.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>Fixed &amp;due date:</source>
        <translation>&amp;Hạn cố định:</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>Sửa nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Once, in the plan&apos;s first year</source>
        <translation>Một lần, trong năm đầu của kế hoạch</translation>
    </message>
    <message>
        <source>At a phase&apos;s review</source>
        <translation>Khi sơ kết, tổng kết giai đoạn</translation>
    </message>
    <message>
        <source>Every unit of kind: %1</source>
        <translation>Mọi đơn vị loại: %1</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (đến %1)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation>&amp;Chi tiết:</translation>
    </message>
    <message>
        <source>Plan &amp;section:</source>
        <translation>Mục của &amp;kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Recurrence:</source>
        <translation>&amp;Lặp lại:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <source>&amp;Carried out by:</source>
        <translation>Đơn vị &amp;thực hiện:</translation>
    </message>
    <message>
        <source>A task needs a code, such as T15.</source>
        <translation>Nhiệm vụ cần có mã, ví dụ T15.</translation>
    </message>
    <message>
        <source>A task needs its text.</source>
        <translation>Nhiệm vụ cần có nội dung.</translation>
    </message>
    <message>
        <source>The due date %1/%2 is not a day of the year.</source>
        <translation>Hạn %1/%2 không phải là một ngày trong năm.</translation>
    </message>
    <message>
        <source>Tick at least one unit or kind of unit.</source>
        <translation>Hãy chọn ít nhất một đơn vị hoặc loại đơn vị.</translation>
    </message>
    <message>
        <source>Leads (chủ trì)</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Coordinates (phối hợp)</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Whether the selected unit or kind leads the task or takes part in it</source>
        <translation>Đơn vị hoặc loại đơn vị đang chọn chủ trì hay phối hợp thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <source>The selected one takes part &amp;as:</source>
        <translation>&amp;Vai trò của mục đang chọn:</translation>
    </message>
    <message>
        <source>%1 (coordinates)</source>
        <translation>%1 (phối hợp)</translation>
    </message>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (chủ trì)</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>every year</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>every year, by %1/%2</source>
        <translation>hằng năm, trước ngày %1/%2</translation>
    </message>
    <message>
        <source>at the review of phase %1</source>
        <translation>vào dịp sơ kết/tổng kết giai đoạn %1</translation>
    </message>
    <message>
        <source>once</source>
        <translation>một lần</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>các %1</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>một đơn vị khác</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <source>&amp;Not started</source>
        <translation>&amp;Chưa thực hiện</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>Đan&amp;g thực hiện</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Hoàn thành ngày</translation>
    </message>
    <message>
        <source>No&amp;te…</source>
        <translation>Gh&amp;i chú…</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>Sử&amp;a nhiệm vụ…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Set status:</source>
        <translation>Đặt trạng thái:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>Nhiệ&amp;m vụ:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
        <source>%1 tasks: %2 done, %3 overdue</source>
        <translation>%1 nhiệm vụ: %2 hoàn thành, %3 quá hạn</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (đang hiện %1)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note on %1 for %2:</source>
        <translation>Ghi chú về %1 của %2:</translation>
    </message>
    <message>
        <source>Task %1 saved.</source>
        <translation>Đã lưu nhiệm vụ %1.</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Minh chứng (tệp đính &amp;kèm)…</translation>
    </message>
    <message>
        <source>The files that show the task was carried out: minutes, photos, the report sent</source>
        <translation>Các tệp chứng minh nhiệm vụ đã thực hiện: biên bản, hình ảnh, báo cáo đã gửi</translation>
    </message>
</context>
<context>
    <name>TieRulesDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Tie rules</source>
        <translation>Tiêu chí phụ xếp hạng</translation>
    </message>
    <message>
        <source>When units have the same total, the ticked rules are tried from the top; the first one that tells them apart decides. Units still equal share the rank.</source>
        <translation>Khi các đơn vị có cùng tổng điểm, các tiêu chí phụ được đánh dấu sẽ được xét lần lượt từ trên xuống; tiêu chí đầu tiên phân định được các đơn vị sẽ quyết định thứ tự. Các đơn vị vẫn bằng nhau thì đồng hạng.</translation>
    </message>
    <message>
        <source>Try the selected rule earlier (Ctrl+Up)</source>
        <translation>Xét tiêu chí phụ đang chọn sớm hơn (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Try the selected rule later (Ctrl+Down)</source>
        <translation>Xét tiêu chí phụ đang chọn muộn hơn (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Higher total (or more items met) in criterion %1, %2</source>
        <translation>Cao hơn về tổng điểm (hoặc số chỉ tiêu đạt) của tiêu chí %1, %2</translation>
    </message>
    <message>
        <source>Higher total (or more items met) in criterion %1</source>
        <translation>Cao hơn về tổng điểm (hoặc số chỉ tiêu đạt) của tiêu chí %1</translation>
    </message>
    <message>
        <source>Sent on time before sent late</source>
        <translation>Nộp hồ sơ đúng hạn xếp trước nộp trễ hạn</translation>
    </message>
    <message>
        <source>Received earlier first</source>
        <translation>Ngày nhận hồ sơ sớm hơn xếp trước</translation>
    </message>
    <message>
        <source>In the printed list: %1</source>
        <translation>Trên danh sách in: %1</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <source>Output format: text or json.</source>
        <translation>Định dạng đầu ra: text hoặc json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>The day marked as today, dd/mm/yyyy (default: today).</source>
        <translation>Ngày được đánh dấu là hôm nay, dạng dd/mm/yyyy (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; dùng text hoặc json.</translation>
    </message>
    <message>
        <source>--today takes a date such as 05/12/2025, not &apos;%1&apos;.</source>
        <translation>--today cần một ngày, ví dụ 05/12/2025, không phải &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>The plan has no years.</source>
        <translation>Kế hoạch chưa có năm nào.</translation>
    </message>
    <message>
        <source>Units&apos; reports due</source>
        <translation>Hạn đơn vị gửi báo cáo</translation>
    </message>
    <message>
        <source>Summary report due</source>
        <translation>Hạn gửi báo cáo tổng kết</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Hạn nhiệm vụ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Sơ kết, tổng kết</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hôm nay %1</translation>
    </message>
    <message>
        <source>No year settings</source>
        <translation>Chưa thiết lập năm</translation>
    </message>
    <message>
        <source>Units %1</source>
        <translation>Đơn vị %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>Units&apos; reports due: %1</source>
        <translation>Hạn đơn vị gửi báo cáo: %1</translation>
    </message>
    <message>
        <source>Summary report to the Department of Education due: %1</source>
        <translation>Hạn gửi báo cáo tổng kết cho Sở Giáo dục và Đào tạo: %1</translation>
    </message>
    <message>
        <source>%1 due %2: %3</source>
        <translation>%1 hạn %2: %3</translation>
    </message>
    <message>
        <source>Locked: its submissions, scores and rubric no longer change.</source>
        <translation>Đã khóa: hồ sơ, điểm và bộ tiêu chí của năm không còn thay đổi.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>Dossiers &lt; %1</source>
        <translation>Hồ sơ CN &lt; %1</translation>
    </message>
    <message>
        <source>Recognition dossiers (Circular 24/2023) to the Department of Education before %1</source>
        <translation>Hồ sơ đề nghị công nhận (Thông tư 24/2023) gửi Sở Giáo dục và Đào tạo trước %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>&amp;Open the year</source>
        <translation>&amp;Mở năm</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Xuất ảnh &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Mở năm %1</translation>
    </message>
    <message>
        <source>Submissions: %1 received (%2 late), %3 missing</source>
        <translation>Hồ sơ: đã nhận %1 (trễ hạn %2), chưa gửi %3</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the timeline as PDF</source>
        <translation>Xuất tiến độ ra PDF</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Xuất tiến độ ra ảnh PNG</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the plan</source>
        <translation>Tiến độ thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the picture could not be encoded.</source>
        <translation>Không ghi được %1: không mã hóa được hình ảnh.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Không ghi được %1: không tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>Timeliness</name>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nộp</translation>
    </message>
</context>
<context>
    <name>UndoFailureNotice</name>
    <message>
        <source>Undo or redo</source>
        <translation>Hoàn tác hoặc làm lại</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Không hoàn tác được “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Không làm lại được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>%1 is read-only; nothing was imported.</source>
        <translation>%1 ở chế độ chỉ đọc; không có dữ liệu nào được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 có %n lỗi; không có dữ liệu nào được nhập.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s): %2 new, %3 already recorded</source>
        <translation>
            <numerusform>%1: %n đơn vị: %2 đơn vị mới, %3 đơn vị đã có</numerusform>
        </translation>
    </message>
    <message>
        <source> (dry run: nothing was written).</source>
        <translation> (chạy thử: không ghi dữ liệu nào).</translation>
    </message>
    <message>
        <source>&apos;import template --units&apos; needs -o FILE.csv or -o FILE.xlsx.</source>
        <translation>&apos;import template --units&apos; cần -o TỆP.csv hoặc -o TỆP.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the units import template to %1.
</source>
        <translation>Đã ghi mẫu nhập danh sách đơn vị vào %1.
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ; hãy dùng tsv, csv hoặc json.</translation>
    </message>
</context>
<context>
    <name>UnitHistoryChart</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Reviewed total</source>
        <translation>Tổng điểm thẩm định</translation>
    </message>
    <message>
        <source>Reviewed totals of %1: none yet</source>
        <translation>Tổng điểm thẩm định của %1: chưa có</translation>
    </message>
    <message>
        <source>Reviewed totals of %1</source>
        <translation>Tổng điểm thẩm định của %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 points</source>
        <translation>%1, năm %2: %3 điểm</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>the file is empty; it needs a header row with the column keys</source>
        <translation>tệp trống; tệp cần có dòng tiêu đề ghi khóa của các cột</translation>
    </message>
    <message>
        <source>this column has values but no header</source>
        <translation>cột này có dữ liệu nhưng không có tiêu đề</translation>
    </message>
    <message>
        <source>unknown column; the keys are [code], [name], [kind], [parent_code], [group], [valid_from], [valid_to], [short_name] and [note], as in the template</source>
        <translation>cột không hợp lệ; các khóa là [code], [name], [kind], [parent_code], [group], [valid_from], [valid_to], [short_name] và [note], như trong mẫu</translation>
    </message>
    <message>
        <source>the column appears twice (columns %1 and %2)</source>
        <translation>cột bị lặp lại (cột %1 và cột %2)</translation>
    </message>
    <message>
        <source>the file needs a [%1] column</source>
        <translation>tệp cần có cột [%1]</translation>
    </message>
    <message>
        <source>the unit&apos;s code is missing</source>
        <translation>thiếu mã đơn vị</translation>
    </message>
    <message>
        <source>the code %1 already has a row (row %2); one row per unit</source>
        <translation>mã %1 đã có ở dòng %2; mỗi đơn vị một dòng</translation>
    </message>
    <message>
        <source>the unit&apos;s name is missing</source>
        <translation>thiếu tên đơn vị</translation>
    </message>
    <message>
        <source>“%1” is not a kind of unit; use one of %2</source>
        <translation>“%1” không phải là loại đơn vị; dùng một trong các loại %2</translation>
    </message>
    <message>
        <source>the date %1 is outside the plan period (%2 to %3)</source>
        <translation>ngày %1 nằm ngoài thời gian của kế hoạch (%2 đến %3)</translation>
    </message>
    <message>
        <source>the first day of validity is missing</source>
        <translation>thiếu ngày bắt đầu hiệu lực</translation>
    </message>
    <message>
        <source>the last day %1 comes before the first day %2</source>
        <translation>ngày cuối %1 trước ngày đầu %2</translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>đơn vị không thể là đơn vị cấp trên của chính nó</translation>
    </message>
    <message>
        <source>the unit %1 is already recorded as “%2” with other values; change it on the Units screen (rename, move, dissolve), which keeps its history</source>
        <translation>đơn vị %1 đã được ghi nhận là “%2” với thông tin khác; hãy sửa trên màn hình Đơn vị (đổi tên, chuyển, giải thể) để giữ lịch sử</translation>
    </message>
    <message>
        <source>the unit %1 is already named “%2” at the same time</source>
        <translation>đơn vị %1 đã mang tên “%2” trong cùng thời gian</translation>
    </message>
    <message>
        <source>row %1 has the same name “%2” at the same time</source>
        <translation>dòng %1 có cùng tên “%2” trong cùng thời gian</translation>
    </message>
    <message>
        <source>no unit has the code “%1”, in the database or in the file</source>
        <translation>không có đơn vị nào mang mã “%1”, trong cơ sở dữ liệu hay trong tệp</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>Tệp có lỗi; không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Department office</source>
        <translation>Phòng thuộc Sở</translation>
    </message>
    <message>
        <source>Subordinate unit</source>
        <translation>Đơn vị sự nghiệp trực thuộc Sở</translation>
    </message>
    <message>
        <source>District culture and information office</source>
        <translation>Phòng Văn hóa và Thông tin cấp huyện</translation>
    </message>
    <message>
        <source>District culture, sports and broadcasting centre</source>
        <translation>Trung tâm Văn hóa, Thể thao và Truyền thanh cấp huyện</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>UnitLineageDialog</name>
    <message>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation>Hợp nhất đơn vị</translation>
    </message>
    <message>
        <source>Split unit</source>
        <translation>Chia tách đơn vị</translation>
    </message>
    <message>
        <source>Dissolve unit</source>
        <translation>Giải thể đơn vị</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>Decision or resolution, e.g. NQ 1682/NQ-UBTVQH15</source>
        <translation>Quyết định hoặc nghị quyết, ví dụ NQ 1682/NQ-UBTVQH15</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Emulation &amp;group:</source>
        <translation>&amp;Khối thi đua:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>Đơn vị cấp t&amp;rên:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>&amp;Hiệu lực từ:</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Tên &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Units to merge:</source>
        <translation>Các đơn &amp;vị hợp nhất:</translation>
    </message>
    <message>
        <source>A new unit…</source>
        <translation>Một đơn vị mới…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vào:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>&amp;Add a part</source>
        <translation>Thê&amp;m đơn vị</translation>
    </message>
    <message>
        <source>&amp;New units:</source>
        <translation>Các đơn vị &amp;mới:</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>Kết thúc &amp;ngày:</translation>
    </message>
    <message>
        <source>The unit&apos;s last day is the day before. Its submissions stay with it.</source>
        <translation>Ngày cuối của đơn vị là ngày hôm trước. Hồ sơ các năm vẫn gắn với đơn vị.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>UnitLineagePanel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Hợp nhất vào</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>Chia tách thành</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>UnitLineageService</name>
    <message>
        <source>Give the effective date.</source>
        <translation>Hãy nhập ngày có hiệu lực.</translation>
    </message>
    <message>
        <source>The date %1 is outside the plan period (%2 to %3).</source>
        <translation>Ngày %1 nằm ngoài thời gian của kế hoạch (%2 đến %3).</translation>
    </message>
    <message>
        <source>Give the unit&apos;s code.</source>
        <translation>Hãy nhập mã đơn vị.</translation>
    </message>
    <message>
        <source>Give the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are %2.</source>
        <translation>Không có loại “%1”; các loại là %2.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>Mã %1 đã được dùng cho %2.</translation>
    </message>
    <message>
        <source>Another unit active on %1 is already named “%2” (%3).</source>
        <translation>Một đơn vị khác đang hoạt động ngày %1 đã mang tên “%2” (%3).</translation>
    </message>
    <message>
        <source>No unit has the id %1.</source>
        <translation>Không có đơn vị nào có số %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid on %3 and cannot be a parent then.</source>
        <translation>%1 (%2) không còn hiệu lực ngày %3 nên không thể là đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3; an event ending it cannot take effect on %4, before or on its first day.</source>
        <translation>%1 (%2) được thành lập ngày %3; sự kiện kết thúc đơn vị không thể có hiệu lực ngày %4, trước hoặc đúng ngày đầu tiên.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer valid on %3 (its last day was %4).</source>
        <translation>%1 (%2) không còn hiệu lực ngày %3 (ngày cuối là %4).</translation>
    </message>
    <message>
        <source>%1 (%2) has a submission for %3, after its last day %4; it must stay valid in that year.</source>
        <translation>%1 (%2) có hồ sơ năm %3, sau ngày cuối %4; đơn vị phải còn hiệu lực trong năm đó.</translation>
    </message>
    <message>
        <source>The last day %1 comes before the first day %2.</source>
        <translation>Ngày cuối %1 trước ngày đầu %2.</translation>
    </message>
    <message>
        <source>%1 is already named “%2”.</source>
        <translation>%1 đã mang tên “%2”.</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3; an event cannot take effect on %4, before it existed.</source>
        <translation>%1 (%2) được thành lập ngày %3; sự kiện không thể có hiệu lực ngày %4, trước khi đơn vị tồn tại.</translation>
    </message>
    <message>
        <source>%1 was already renamed on %2; a new name must take effect after that.</source>
        <translation>%1 đã đổi tên ngày %2; tên mới phải có hiệu lực sau ngày đó.</translation>
    </message>
    <message>
        <source>Choose at least one unit to merge.</source>
        <translation>Hãy chọn ít nhất một đơn vị để hợp nhất.</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself: %1 (%2) is both a source and the target.</source>
        <translation>Không thể hợp nhất một đơn vị vào chính nó: %1 (%2) vừa là đơn vị được hợp nhất vừa là đơn vị nhận.</translation>
    </message>
    <message>
        <source>Cannot merge into %1 (%2): it is no longer valid on %3 (dissolved or merged on %4).</source>
        <translation>Không thể hợp nhất vào %1 (%2): đơn vị không còn hiệu lực ngày %3 (đã giải thể hoặc hợp nhất ngày %4).</translation>
    </message>
    <message>
        <source>A split needs at least two new units.</source>
        <translation>Chia tách cần ít nhất hai đơn vị mới.</translation>
    </message>
    <message>
        <source>The code %1 is given twice.</source>
        <translation>Mã %1 bị nhập hai lần.</translation>
    </message>
    <message>
        <source>The name “%1” is given twice.</source>
        <translation>Tên “%1” bị nhập hai lần.</translation>
    </message>
    <message>
        <source>%1 is already there: same parent and group.</source>
        <translation>%1 đã ở đúng vị trí này: cùng đơn vị cấp trên và khối thi đua.</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its own units.</source>
        <translation>Không thể đặt một đơn vị dưới chính nó hoặc dưới một đơn vị trực thuộc nó.</translation>
    </message>
    <message>
        <source>%1 (%2) was changed since; this step cannot be undone.</source>
        <translation>%1 (%2) đã được sửa sau đó; không thể hoàn tác bước này.</translation>
    </message>
    <message>
        <source>%1 (%2) has submissions by now; this step cannot be undone.</source>
        <translation>%1 (%2) nay đã có hồ sơ; không thể hoàn tác bước này.</translation>
    </message>
    <message>
        <source>%1 (%2) was changed since; this step cannot be redone.</source>
        <translation>%1 (%2) đã được sửa sau đó; không thể làm lại bước này.</translation>
    </message>
    <message>
        <source>The code %1 is already used; this step cannot be redone.</source>
        <translation>Mã %1 đã được dùng; không thể làm lại bước này.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>nhập từ %1</translation>
    </message>
    <message>
        <source>no unit has the code “%1”</source>
        <translation>không có đơn vị nào có mã “%1”</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Emulation group</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
</context>
<context>
    <name>UnitWorkbook</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>UnitsScreen</name>
    <message>
        <source>&amp;Group by kind</source>
        <translation>&amp;Nhóm theo loại hình</translation>
    </message>
    <message>
        <source>Filter by name or code (Ctrl+F)</source>
        <translation>Lọc theo tên hoặc mã (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Active in %1</source>
        <translation>Hoạt động trong năm %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>History of the selected unit:</source>
        <translation>Lịch sử của đơn vị đang chọn:</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Hợp nhất…</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Chia tách…</translation>
    </message>
    <message>
        <source>&amp;Dissolve…</source>
        <translation>&amp;Giải thể…</translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation>Ch&amp;uyển…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>the disk is full; free some space on it or choose another place</source>
        <translation>ổ đĩa đã đầy; hãy giải phóng bớt dung lượng hoặc chọn nơi lưu khác</translation>
    </message>
    <message>
        <source>the system refused to write the file</source>
        <translation>hệ thống không cho ghi tệp</translation>
    </message>
</context>
<context>
    <name>XlsxFormWriter</name>
    <message>
        <source>The workbook %1 cannot be created.</source>
        <translation>Không tạo được tệp Excel %1.</translation>
    </message>
    <message>
        <source>The workbook %1 cannot be written: %2.</source>
        <translation>Không ghi được tệp Excel %1: %2.</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The table has %1 columns; a worksheet holds at most %2.</source>
        <translation>Bảng có %1 cột; một trang tính chỉ chứa được tối đa %2 cột.</translation>
    </message>
    <message>
        <source>The table has %1 rows; a worksheet holds at most %2.</source>
        <translation>Bảng có %1 dòng; một trang tính chỉ chứa được tối đa %2 dòng.</translation>
    </message>
    <message>
        <source>The workbook %1 cannot be created.</source>
        <translation>Không tạo được tệp bảng tính %1.</translation>
    </message>
    <message>
        <source>The workbook %1 cannot be written: %2.</source>
        <translation>Không ghi được tệp bảng tính %1: %2.</translation>
    </message>
    <message>
        <source>Row %1, column %2 has %3 characters, more than the %4 a worksheet cell holds.</source>
        <translation>Dòng %1, cột %2 có %3 ký tự, vượt quá %4 ký tự mà một ô trang tính chứa được.</translation>
    </message>
</context>
<context>
    <name>YearLockService</name>
    <message>
        <source>The year %1 has no settings in this database.</source>
        <translation>Năm %1 chưa được thiết lập trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The year %1 is already locked.</source>
        <translation>Năm %1 đã được khóa trước đó.</translation>
    </message>
    <message>
        <source>The year %1 is not locked.</source>
        <translation>Năm %1 chưa bị khóa.</translation>
    </message>
</context>
<context>
    <name>YearLockToggle</name>
    <message>
        <source>Un&amp;lock year</source>
        <translation>&amp;Mở khóa năm</translation>
    </message>
    <message>
        <source>&amp;Lock year</source>
        <translation>&amp;Khóa năm</translation>
    </message>
    <message>
        <source>Unlock %1 so that its submissions, scores and rubric can be changed again (recorded in the audit log)</source>
        <translation>Mở khóa năm %1 để có thể thay đổi lại hồ sơ, điểm và bộ tiêu chí (việc mở khóa được ghi vào nhật ký thay đổi)</translation>
    </message>
    <message>
        <source>Lock %1: its submissions, scores and rubric can no longer be changed</source>
        <translation>Khóa năm %1: hồ sơ, điểm và bộ tiêu chí của năm sẽ không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>Year lock</source>
        <translation>Khóa năm</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Mở khóa năm %1</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Khóa năm %1</translation>
    </message>
    <message>
        <source>Unlock the year %1?</source>
        <translation>Mở khóa năm %1?</translation>
    </message>
    <message>
        <source>Lock the year %1?</source>
        <translation>Khóa năm %1?</translation>
    </message>
    <message>
        <source>Submissions, scores and the rubric of %1 can be changed again until the year is locked again. Unlocking is recorded in the audit log.</source>
        <translation>Hồ sơ, điểm và bộ tiêu chí của năm %1 sẽ có thể thay đổi cho đến khi năm được khóa lại. Việc mở khóa được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Submissions, scores and the rubric of %1 can no longer be changed until the year is unlocked. Unlocking is recorded in the audit log.</source>
        <translation>Hồ sơ, điểm và bộ tiêu chí của năm %1 sẽ không thể thay đổi cho đến khi năm được mở khóa. Việc mở khóa được ghi vào nhật ký thay đổi.</translation>
    </message>
</context>
<context>
    <name>YearTotalsChart</name>
    <message>
        <source>Reviewed total</source>
        <translation>Tổng điểm thẩm định</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Reviewed totals, %1: none yet</source>
        <translation>Tổng điểm thẩm định năm %1: chưa có</translation>
    </message>
    <message>
        <source>Reviewed totals, %1</source>
        <translation>Tổng điểm thẩm định năm %1</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 điểm</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
</TS>
