<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: xhht [--db PATH] [COMMAND [options]]

Without a command, xhht opens its main window.

Commands:
  init [--demo]                         create the database and load the plan (and demo data)
  units [--year Y] [--format F]         list the units (those active in year Y)
  plan                                  print the plan: phases, sections and tasks
  demo --units N [--years A-B]          add N synthetic units with yearly data (benchmarks)

Options:
  --db PATH        the database file (default: $XHHT_DB, else the user&apos;s data folder)
  --format F       tsv, csv or json, for output meant for other programs
  -h, --help       this help; COMMAND --help for a command&apos;s options
  -v, --version    the program&apos;s version

Exit status: 0 success, 2 bad usage, 1 any other failure.
</source>
        <translation>Cách dùng: xhht [--db ĐƯỜNG_DẪN] [LỆNH [tùy chọn]]

Khi không có lệnh, xhht mở cửa sổ chính.

Các lệnh:
  init [--demo]                         tạo cơ sở dữ liệu và nạp kế hoạch (kèm dữ liệu mẫu)
  units [--year Y] [--format F]         liệt kê các đơn vị (các đơn vị hoạt động trong năm Y)
  plan                                  in kế hoạch: các giai đoạn, các mục và nhiệm vụ
  demo --units N [--years A-B]          thêm N đơn vị giả lập kèm dữ liệu hằng năm (đo hiệu năng)

Tùy chọn:
  --db ĐƯỜNG_DẪN   tệp cơ sở dữ liệu (mặc định: $XHHT_DB, nếu không có thì dùng thư mục dữ liệu của người dùng)
  --format F       tsv, csv hoặc json, cho đầu ra dùng với các chương trình khác
  -h, --help       trợ giúp này; LỆNH --help để xem các tùy chọn của một lệnh
  -v, --version    phiên bản của chương trình

Mã thoát: 0 thành công, 2 dùng sai cú pháp, 1 mọi lỗi khác.
</translation>
    </message>
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
</context>
<context>
    <name>Database</name>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>Thay đổi vi phạm quy tắc dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: %1</translation>
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
        <source>%1 is damaged (integrity check failed); it was not changed.</source>
        <translation>%1 bị hỏng (kiểm tra tính toàn vẹn không đạt); tệp được giữ nguyên.</translation>
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
        <source>Cannot save a copy of %1 before upgrading it; nothing was changed.</source>
        <translation>Không lưu được bản sao của %1 trước khi nâng cấp; chưa có thay đổi nào được thực hiện.</translation>
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
        <source>A new language takes effect when xhht is started again.</source>
        <translation>Ngôn ngữ mới sẽ có hiệu lực khi khởi động lại xhht.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
</TS>
