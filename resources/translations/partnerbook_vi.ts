<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Phía Việt Nam</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Foreign locality</source>
        <translation>Địa phương nước ngoài</translation>
    </message>
    <message>
        <source>National government body</source>
        <translation>Cơ quan chính phủ trung ương</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Development agency</source>
        <translation>Cơ quan phát triển</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Đại sứ quán, lãnh sự quán</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Hiệp hội</translation>
    </message>
    <message>
        <source>University or institute</source>
        <translation>Trường đại học, viện nghiên cứu</translation>
    </message>
    <message>
        <source>Twinning (sister city)</source>
        <translation>Kết nghĩa (thành phố kết nghĩa)</translation>
    </message>
    <message>
        <source>Friendship and cooperation</source>
        <translation>Hữu nghị và hợp tác</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Hợp tác</translation>
    </message>
    <message>
        <source>No formal relation</source>
        <translation>Chưa có quan hệ chính thức</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Bản ghi nhớ (MoU)</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Action programme</source>
        <translation>Chương trình hành động</translation>
    </message>
    <message>
        <source>Friendship or twinning agreement</source>
        <translation>Thỏa thuận hữu nghị, kết nghĩa</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Thư ý định</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Under consultation</source>
        <translation>Đang trao đổi, lấy ý kiến</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Đang chuẩn bị</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang hiệu lực</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Đã được thay thế</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Đang triển khai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Đã hủy bỏ</translation>
    </message>
    <message>
        <source>Outbound delegation</source>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Inbound delegation</source>
        <translation>Đoàn vào</translation>
    </message>
    <message>
        <source>Meeting or courtesy call</source>
        <translation>Hội kiến, tiếp, làm việc</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Lễ ký kết</translation>
    </message>
    <message>
        <source>Conference, forum or workshop</source>
        <translation>Hội nghị, hội thảo, diễn đàn</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Khóa đào tạo, tập huấn</translation>
    </message>
    <message>
        <source>Study tour</source>
        <translation>Khảo sát, học tập kinh nghiệm</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Mục này không được để trống.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
        <source>Not a valid web address.</source>
        <translation>Địa chỉ trang web không hợp lệ.</translation>
    </message>
    <message>
        <source>Unknown country.</source>
        <translation>Quốc gia không có trong danh sách.</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>Giá trị không nằm trong danh sách cho phép.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Không được là số âm.</translation>
    </message>
    <message>
        <source>An agreement cannot renew itself.</source>
        <translation>Thỏa thuận không thể thay thế chính nó.</translation>
    </message>
    <message>
        <source>An agreement can only renew an earlier agreement.</source>
        <translation>Thỏa thuận chỉ có thể thay thế một thỏa thuận trước đó.</translation>
    </message>
    <message>
        <source>A partner cannot belong to itself.</source>
        <translation>Đối tác không thể trực thuộc chính nó.</translation>
    </message>
    <message>
        <source>Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023.</source>
        <translation>Không đọc được ngày tháng này. Hãy nhập theo mẫu, ví dụ: 2001, 6/2018, 13/4/2023 hoặc 13–16/4/2023.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Ngày này không tồn tại.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>There is no catalogue at {path}. Create one with “partnerbook demo”.</source>
        <translation>Không có cơ sở dữ liệu tại {path}. Hãy tạo bằng lệnh “partnerbook demo”.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} đã tồn tại.</translation>
    </message>
    <message>
        <source>{path} is not a Partnerbook catalogue. It was left unchanged.</source>
        <translation>{path} không phải là tệp dữ liệu Partnerbook. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Partnerbook. Install the newer version to open it; the file was left unchanged.</source>
        <translation>{path} được tạo bởi phiên bản Partnerbook mới hơn. Hãy cài đặt phiên bản mới hơn để mở; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>{path} is damaged and was left unchanged. Open a backup or another file.</source>
        <translation>{path} bị hỏng và được giữ nguyên. Hãy mở bản sao lưu hoặc tệp khác.</translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it there and try again; nothing was lost.</source>
        <translation>{path} đang bị chương trình khác khóa. Hãy đóng tệp trong chương trình đó rồi thử lại; không có dữ liệu nào bị mất.</translation>
    </message>
    <message>
        <source>{path} is open read-only; changes cannot be saved.</source>
        <translation>{path} đang mở ở chế độ chỉ đọc; không thể lưu thay đổi.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Kind</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên gốc</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Thiết lập quan hệ từ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>in post</source>
        <translation>đương nhiệm</translation>
    </message>
    <message>
        <source>no longer in post</source>
        <translation>không còn đương nhiệm</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Phía Việt Nam</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Nơi ký</translation>
    </message>
    <message>
        <source>Signatories (our side)</source>
        <translation>Người ký (phía Việt Nam)</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <translation>Người ký (phía đối tác)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Thay thế cho</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>Được thay thế bằng</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số điều khoản</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung chính</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Thành phần đoàn</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa hoàn thành</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc cần triển khai</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{path} already exists; choose another file with --db.</source>
        <translation>{path} đã tồn tại; hãy chọn tệp khác bằng --db.</translation>
    </message>
    <message>
        <source>Created the sample catalogue in {path}</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu tại {path}</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Không tìm thấy kết quả nào.</translation>
    </message>
    <message>
        <source>Unknown kind: {kind}</source>
        <translation>Loại bản ghi không hợp lệ: {kind}</translation>
    </message>
    <message>
        <source>Not a record id: {id}</source>
        <translation>Không phải ID bản ghi: {id}</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Không có bản ghi nào có ID {id}.</translation>
    </message>
    <message>
        <source>Id {id} names several records ({kinds}); add --kind.</source>
        <translation>ID {id} ứng với nhiều bản ghi ({kinds}); hãy thêm --kind.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Phiên bản lược đồ: {version}</translation>
    </message>
    <message>
        <source>Records: {partners} partners, {agreements} agreements, {events} events</source>
        <translation>Bản ghi: {partners} đối tác, {agreements} thỏa thuận, {events} sự kiện</translation>
    </message>
    <message>
        <source>Integrity check failed:</source>
        <translation>Kiểm tra tính toàn vẹn không đạt:</translation>
    </message>
    <message>
        <source>Integrity: OK</source>
        <translation>Tính toàn vẹn: đạt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>  In the Trash: {n}</source>
        <translation>  Trong thùng rác: {n}</translation>
    </message>
    <message>
        <source>Agreements by status</source>
        <translation>Thỏa thuận theo tình trạng</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Đối tác theo quốc gia</translation>
    </message>
    <message>
        <source>catalogue file (default: PARTNERBOOK_DB or the one in your data folder)</source>
        <translation>tệp cơ sở dữ liệu (mặc định: PARTNERBOOK_DB hoặc tệp trong thư mục dữ liệu của bạn)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>ngôn ngữ của thông báo</translation>
    </message>
    <message>
        <source>Partnerbook: a catalogue of international partnerships. Without a command, starts the desktop app.</source>
        <translation>Partnerbook: cơ sở dữ liệu về quan hệ đối tác quốc tế. Nếu không kèm lệnh, chương trình mở ứng dụng trên máy tính.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>create a catalogue holding the sample</source>
        <translation>tạo cơ sở dữ liệu chứa dữ liệu mẫu</translation>
    </message>
    <message>
        <source>search every record; one line per hit: kind, id, title</source>
        <translation>tìm trong mọi bản ghi; mỗi kết quả một dòng: loại, ID, tên</translation>
    </message>
    <message>
        <source>show one record with its links</source>
        <translation>hiển thị một bản ghi cùng các liên kết</translation>
    </message>
    <message>
        <source>check the file, its schema and its integrity</source>
        <translation>kiểm tra tệp, lược đồ và tính toàn vẹn</translation>
    </message>
    <message>
        <source>counts by kind, status and country</source>
        <translation>thống kê theo loại, tình trạng và quốc gia</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>a record id (e.g. 12 or partner:12) or UUID</source>
        <translation>ID bản ghi (ví dụ 12 hoặc partner:12) hoặc UUID</translation>
    </message>
</context>
</TS>
