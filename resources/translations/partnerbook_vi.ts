<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Identity</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
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
        <source>Signed for our side by</source>
        <translation>Người ký phía Việt Nam</translation>
    </message>
    <message>
        <source>Signed for the partners by</source>
        <translation>Người ký phía đối tác</translation>
    </message>
    <message>
        <source>Signing and validity</source>
        <translation>Ký kết và hiệu lực</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Nơi ký</translation>
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
        <source>Number of articles</source>
        <translation>Số điều khoản</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động, dự án</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung chính</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Content and notes</source>
        <translation>Nội dung và ghi chú</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Thỏa thuận mới</translation>
    </message>
    <message>
        <source>Agreement: {title}</source>
        <translation>Thỏa thuận: {title}</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Attachments of the selected record</source>
        <translation>Tệp đính kèm của bản ghi đang chọn</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on this list)</source>
        <translation>Đính kèm tệp (hoặc kéo thả tệp vào danh sách này)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Move the file to the Trash</source>
        <translation>Chuyển tệp vào thùng rác</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Xuất tất cả…</translation>
    </message>
    <message>
        <source>Save every file of this record into a folder</source>
        <translation>Lưu mọi tệp của bản ghi này vào một thư mục</translation>
    </message>
    <message>
        <source>No files yet: drop files here or click Add…</source>
        <translation>Chưa có tệp nào: kéo thả tệp vào đây hoặc bấm Thêm…</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Tệp đính kèm ({count})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Added {when} by {user}</source>
        <translation>{user} thêm lúc {when}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. Use “Save a copy…” and open it from there.</source>
        <translation>Máy tính này không có chương trình nào mở được “{name}”. Hãy dùng “Lưu bản sao…” rồi mở tệp từ nơi đã lưu.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Export all attachments to a folder</source>
        <translation>Xuất tất cả tệp đính kèm vào một thư mục</translation>
    </message>
    <message>
        <source>The files could not be saved in {folder}: {error}</source>
        <translation>Không lưu được các tệp vào {folder}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}</source>
        <translation>
            <numerusform>Đã lưu %n tệp vào {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “{name}” to the Trash? It can be restored from Edit → Trash until the Trash is emptied.</source>
        <translation>Chuyển “{name}” vào thùng rác? Có thể khôi phục tệp trong Sửa → Thùng rác cho đến khi dọn sạch thùng rác.</translation>
    </message>
    <message>
        <source>Moved to the Trash: {name}</source>
        <translation>Đã chuyển vào thùng rác: {name}</translation>
    </message>
    <message>
        <source>“{name}” could not be written: {error}</source>
        <translation>Không ghi được “{name}”: {error}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Dòng {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>{column}, row {row}</source>
        <translation>{column}, dòng {row}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Quan hệ từ</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Thỏa thuận hiệu lực</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Làm việc gần nhất</translation>
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
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Đã bị thay đổi ở nơi khác</translation>
    </message>
    <message>
        <source>“{title}” was changed by {user} at {time}, after you opened it. Nothing has been saved yet. Compare and choose which version to keep.</source>
        <translation>“{title}” đã được {user} thay đổi lúc {time}, sau khi bạn mở. Chưa có thay đổi nào được lưu. Hãy so sánh và chọn phiên bản cần giữ lại.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Bản đang lưu</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Bên thay đổi</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Các điểm khác nhau</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Save your version over the one stored now.</source>
        <translation>Lưu bản của bạn, ghi đè lên bản đang lưu.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Dùng bản đang lưu</translation>
    </message>
    <message>
        <source>Show the version stored now in the form; your changes are dropped.</source>
        <translation>Hiển thị bản đang lưu trong biểu mẫu; các thay đổi của bạn sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>Back to the form without saving.</source>
        <translation>Quay lại biểu mẫu mà không lưu.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country in Vietnamese or English</source>
        <translation>Nhập tên quốc gia bằng tiếng Việt hoặc tiếng Anh</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Chi tiết bản ghi đang chọn</translation>
    </message>
    <message>
        <source>Relationship timeline</source>
        <translation>Diễn biến quan hệ</translation>
    </message>
    <message>
        <source>created</source>
        <translation>đã tạo</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>đã chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>có tệp đính kèm mới</translation>
    </message>
    <message>
        <source>file moved to the Trash</source>
        <translation>có tệp bị chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>file restored from the Trash</source>
        <translation>đã khôi phục tệp từ thùng rác</translation>
    </message>
    <message>
        <source>file deleted for good</source>
        <translation>có tệp bị xóa vĩnh viễn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Chọn một bản ghi để xem chi tiết.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham gia</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Phía Việt Nam</translation>
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
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Thêm việc cần triển khai</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần triển khai</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung chính</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Content and notes</source>
        <translation>Nội dung và ghi chú</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Sự kiện: {title}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>There is no file {detail}.</source>
        <translation>Không có tệp {detail}.</translation>
    </message>
    <message>
        <source>Cannot import or export “{detail}” files: use .xlsx, .csv or .json.</source>
        <translation>Không thể nhập hoặc xuất tệp “{detail}”: hãy dùng .xlsx, .csv hoặc .json.</translation>
    </message>
    <message>
        <source>The file cannot be read; it may be damaged or not what its name says.</source>
        <translation>Không đọc được tệp; tệp có thể bị hỏng hoặc không đúng loại như tên gọi.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than {rows} rows, {columns} columns or 50 MB). Split it into smaller files.</source>
        <translation>Tệp quá lớn để nhập (hơn {rows} dòng, {columns} cột hoặc 50 MB). Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The file was refused: it would expand to an unreasonable size (a “zip bomb”).</source>
        <translation>Tệp bị từ chối: khi giải nén sẽ phình ra quá lớn (một “bom zip”).</translation>
    </message>
    <message>
        <source>The file was refused: it holds XML constructs used in attacks.</source>
        <translation>Tệp bị từ chối: tệp chứa cấu trúc XML thường dùng để tấn công.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{detail}”.</source>
        <translation>Sổ tính không có trang nào tên “{detail}”.</translation>
    </message>
    <message>
        <source>The export is larger than {megabytes} MB and cannot be merged. Copy the catalogue file itself (or a backup) instead.</source>
        <translation>Tệp xuất lớn hơn {megabytes} MB nên không hợp nhất được. Hãy sao chép chính tệp cơ sở dữ liệu (hoặc một bản sao lưu) thay vào đó.</translation>
    </message>
    <message>
        <source>The attached file “{detail}” in the export is damaged (its data cannot be read). Nothing was imported.</source>
        <translation>Tệp đính kèm “{detail}” trong tệp xuất bị hỏng (không đọc được dữ liệu). Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The attached file “{detail}” in the export does not match its checksum: it was damaged or altered. Nothing was imported.</source>
        <translation>Tệp đính kèm “{detail}” trong tệp xuất không khớp với mã kiểm tra: tệp đã bị hỏng hoặc bị sửa. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Tệp không có dòng nào.</translation>
    </message>
    <message>
        <source>No column or field matches “{detail}” (check --map).</source>
        <translation>Không có cột hoặc trường nào khớp với “{detail}” (kiểm tra --map).</translation>
    </message>
    <message>
        <source>No column of names or titles was found. Name it in the header row or map it (e.g. --map &quot;Tên=name&quot;).</source>
        <translation>Không tìm thấy cột tên hoặc tiêu đề. Hãy đặt tên cột ở dòng tiêu đề hoặc chỉ định cột (ví dụ --map &quot;Tên=name&quot;).</translation>
    </message>
    <message>
        <source>“{column}” is empty; it is required.</source>
        <translation>“{column}” đang trống; đây là thông tin bắt buộc.</translation>
    </message>
    <message>
        <source>cannot read the date “{value}” in “{column}”.</source>
        <translation>không đọc được ngày “{value}” ở cột “{column}”.</translation>
    </message>
    <message>
        <source>unknown country “{value}” in “{column}”.</source>
        <translation>không rõ quốc gia “{value}” ở cột “{column}”.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is not one of the allowed values.</source>
        <translation>“{value}” ở cột “{column}” không phải là giá trị được phép.</translation>
    </message>
    <message>
        <source>unknown field of cooperation in “{column}”: “{value}”.</source>
        <translation>lĩnh vực hợp tác không có trong danh mục ở cột “{column}”: “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is not a whole number.</source>
        <translation>“{value}” ở cột “{column}” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is neither yes nor no.</source>
        <translation>“{value}” ở cột “{column}” không phải là có hoặc không.</translation>
    </message>
    <message>
        <source>no partner named “{value}”; import the partners first or choose to create missing partners.</source>
        <translation>không có đối tác tên “{value}”; hãy nhập danh sách đối tác trước hoặc chọn tạo các đối tác còn thiếu.</translation>
    </message>
    <message>
        <source>several partners are named “{value}”.</source>
        <translation>có nhiều đối tác cùng tên “{value}”.</translation>
    </message>
    <message>
        <source>no agreement titled “{value}”.</source>
        <translation>không có thỏa thuận tên “{value}”.</translation>
    </message>
    <message>
        <source>several agreements are titled “{value}”.</source>
        <translation>có nhiều thỏa thuận cùng tên “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” in “{column}”: {problem}</source>
        <translation>“{value}” ở cột “{column}”: {problem}</translation>
    </message>
    <message>
        <source>the date “{value}” in “{column}”: {problem}</source>
        <translation>ngày “{value}” ở cột “{column}”: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Dòng {line}: {reason}</translation>
    </message>
    <message>
        <source>Import of {file} as {kind}; headers on line {line}.</source>
        <translation>Nhập {file} thành {kind}; dòng tiêu đề là dòng {line}.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Các cột:</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>To add: {add}; to update: {update}; to skip: {skip}; rejected: {rejected}.</source>
        <translation>Sẽ thêm: {add}; cập nhật: {update}; bỏ qua: {skip}; bị từ chối: {rejected}.</translation>
    </message>
    <message>
        <source>Partners to create: {names}</source>
        <translation>Đối tác sẽ được tạo: {names}</translation>
    </message>
    <message>
        <source>Our-side bodies to create: {names}</source>
        <translation>Cơ quan phía Việt Nam sẽ được tạo: {names}</translation>
    </message>
    <message>
        <source>Already in the catalogue, skipped: lines {lines}</source>
        <translation>Đã có trong cơ sở dữ liệu, bỏ qua: các dòng {lines}</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Các dòng bị từ chối:</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped.</source>
        <translation>Đã nhập: thêm {added}, cập nhật {updated}, bỏ qua {skipped}.</translation>
    </message>
    <message>
        <source>Backup made first: {path}</source>
        <translation>Đã sao lưu trước khi nhập: {path}</translation>
    </message>
    <message>
        <source>Merge of {file}: {new} new, {same} unchanged, {conflicts} changed on both sides.</source>
        <translation>Hợp nhất {file}: {new} bản ghi mới, {same} không đổi, {conflicts} bị sửa ở cả hai bên.</translation>
    </message>
    <message>
        <source>In our Trash, left there: {n}</source>
        <translation>Đang trong Thùng rác của ta, giữ nguyên: {n}</translation>
    </message>
    <message>
        <source>Attached files to add: {n}</source>
        <translation>Tệp đính kèm sẽ thêm: {n}</translation>
    </message>
    <message>
        <source>{kind} “{title}”: theirs (changed {theirs}) replaces ours (changed {ours}); differs in {fields}.</source>
        <translation>{kind} “{title}”: bản của họ (sửa lúc {theirs}) thay bản của ta (sửa lúc {ours}); khác nhau ở {fields}.</translation>
    </message>
    <message>
        <source>{kind} “{title}”: ours (changed {ours}) kept over theirs (changed {theirs}); differs in {fields}.</source>
        <translation>{kind} “{title}”: giữ bản của ta (sửa lúc {ours}) thay vì bản của họ (sửa lúc {theirs}); khác nhau ở {fields}.</translation>
    </message>
    <message>
        <source>Merged: {added} added, {replaced} replaced by theirs, {kept} of ours kept.</source>
        <translation>Đã hợp nhất: thêm {added}, thay bằng bản của họ {replaced}, giữ bản của ta {kept}.</translation>
    </message>
    <message>
        <source>Attached files added: {n}</source>
        <translation>Đã thêm tệp đính kèm: {n}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Whole catalogue for archiving or merging (*.json)</source>
        <translation>Toàn bộ cơ sở dữ liệu để lưu trữ hoặc hợp nhất (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất dữ liệu…</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Không ghi được tệp: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Tìm kiếm… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>A year, month or day, e.g. 2018, 6/2018, 13/4/2023</source>
        <translation>Năm, tháng hoặc ngày, ví dụ: 2018, 6/2018, 13/4/2023</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Thời gian từ</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Thời gian đến</translation>
    </message>
    <message>
        <source>In force only</source>
        <translation>Chỉ loại đang hiệu lực</translation>
    </message>
    <message>
        <source>With an agreement in force</source>
        <translation>Có thỏa thuận đang hiệu lực</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Field of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>shown {shown} of {total}</source>
        <translation>hiển thị {shown}/{total}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Fill their empty fields</source>
        <translation>Điền các trường còn trống</translation>
    </message>
    <message>
        <source>Create new records anyway</source>
        <translation>Vẫn tạo bản ghi mới</translation>
    </message>
    <message>
        <source>Create partners that are not in the catalogue</source>
        <translation>Tạo các đối tác chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Rows are:</source>
        <translation>Các dòng là:</translation>
    </message>
    <message>
        <source>Rows already in the catalogue:</source>
        <translation>Dòng đã có trong cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Columns and the first rows</source>
        <translation>Các cột và những dòng đầu tiên</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Kiểm tra (chạy thử)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>Spreadsheets and Partnerbook exports (*.xlsx *.csv *.json)</source>
        <translation>Bảng tính và tệp xuất của Partnerbook (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Đã hủy việc đọc tệp.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc thành</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Choose, in the “Read as” row, the column that holds the names or titles.</source>
        <translation>Hãy chọn, ở dòng “Đọc thành”, cột chứa tên hoặc tiêu đề.</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation>Đã hủy kiểm tra; chưa nhập gì.</translation>
    </message>
    <message>
        <source>{n} rows are rejected (see the report). Import the other rows?</source>
        <translation>{n} dòng bị từ chối (xem báo cáo). Nhập các dòng còn lại?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Import cancelled; the catalogue was left as it was.</source>
        <translation>Đã hủy nhập; cơ sở dữ liệu được giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Đang hợp nhất…</translation>
    </message>
    <message>
        <source>Merge cancelled; the catalogue was left as it was.</source>
        <translation>Đã hủy hợp nhất; cơ sở dữ liệu được giữ nguyên như trước.</translation>
    </message>
</context>
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
    <name>ListTab</name>
    <message>
        <source>List of records</source>
        <translation>Danh sách bản ghi</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Đang lọc…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Hoàn tác xóa</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Lưu thành &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation>Tìm trong &amp;danh sách này</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Tìm kiếm toàn bộ…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation>Mở cơ sở &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Our side &amp;bodies…</source>
        <translation>&amp;Cơ quan phía Việt Nam…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập dữ liệu…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Xuất &amp;danh sách này…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About Partnerbook</source>
        <translation>&amp;Giới thiệu Partnerbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Recent catalogues</source>
        <translation>Cơ sở dữ liệu &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>In ấ&amp;n</translation>
    </message>
    <message>
        <source>Print &amp;language</source>
        <translation>&amp;Ngôn ngữ bản in</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The daily backup could not be made: check the backup folder in Settings.</source>
        <translation>Không tạo được bản sao lưu hằng ngày: hãy kiểm tra thư mục sao lưu trong Cài đặt.</translation>
    </message>
    <message>
        <source>{partners} partners · {agreements} agreements · {events} events</source>
        <translation>{partners} đối tác · {agreements} thỏa thuận · {events} sự kiện</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <source>Move “{title}” to the Trash?</source>
        <translation>Chuyển “{title}” vào thùng rác?</translation>
    </message>
    <message>
        <source>Records linked to it: {links}. The links are kept and come back if you restore it.</source>
        <translation>Các bản ghi có liên kết với bản ghi này: {links}. Các liên kết vẫn được giữ lại và sẽ có lại khi bạn khôi phục bản ghi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Moved to the Trash: {title} (Ctrl+Z to undo)</source>
        <translation>Đã chuyển vào thùng rác: {title} (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <source>Restored from the Trash</source>
        <translation>Đã khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Partnerbook catalogues (*{suffix});;All files (*)</source>
        <translation>Tệp dữ liệu Partnerbook (*{suffix});;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Partnerbook catalogues (*{suffix})</source>
        <translation>Tệp dữ liệu Partnerbook (*{suffix})</translation>
    </message>
    <message>
        <source>That file already exists. Choose another name.</source>
        <translation>Tệp này đã tồn tại. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>The backup could not be made: {error}</source>
        <translation>Không sao lưu được: {error}</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The backup could not be restored; the catalogue was left as it was. ({error})</source>
        <translation>Không khôi phục được bản sao lưu; cơ sở dữ liệu được giữ nguyên. ({error})</translation>
    </message>
    <message>
        <source>Restored the backup; the file as it was before is kept among the backups.</source>
        <translation>Đã khôi phục bản sao lưu; tệp trước khi khôi phục được giữ lại trong danh sách bản sao lưu.</translation>
    </message>
    <message>
        <source>About Partnerbook</source>
        <translation>Giới thiệu Partnerbook</translation>
    </message>
    <message>
        <source>Partnerbook — an offline catalogue of international partnerships.
Fonts: Be Vietnam Pro, Noto Sans KR (SIL OFL). Icons: KDE Breeze (LGPL).</source>
        <translation>Partnerbook — cơ sở dữ liệu về quan hệ đối tác quốc tế, sử dụng không cần kết nối mạng.
Phông chữ: Be Vietnam Pro, Noto Sans KR (SIL OFL). Biểu tượng: KDE Breeze (LGPL).</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another catalogue</source>
        <translation>Hợp nhất một cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>{new} new records will be added and {same} are unchanged. {conflicts} records were changed on both sides: choose the version to keep (the one changed last is proposed). What is replaced stays in the record&apos;s history.</source>
        <translation>Sẽ thêm {new} bản ghi mới; {same} bản ghi không đổi. {conflicts} bản ghi bị sửa ở cả hai bên: hãy chọn bản cần giữ (bản sửa sau cùng được đề xuất). Nội dung bị thay thế vẫn được lưu trong lịch sử của bản ghi.</translation>
    </message>
    <message>
        <source>Records changed on both sides</source>
        <translation>Bản ghi bị sửa ở cả hai bên</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Của ta</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của họ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Hợp nhất</translation>
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
    <message>
        <source>{path} cannot be written: the file or its folder is read-only. Nothing was saved; your edit is still here to save again once the file can be written.</source>
        <translation>Không ghi được vào {path}: tệp hoặc thư mục chứa tệp chỉ cho phép đọc. Chưa có gì được lưu; nội dung bạn sửa vẫn còn đây để lưu lại khi tệp ghi được.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was saved; free some space and save again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Chưa có gì được lưu; hãy giải phóng bớt dung lượng rồi lưu lại.</translation>
    </message>
    <message>
        <source>The disk refused to write {path}. Nothing was saved; check the disk or the network connection and save again.</source>
        <translation>Ổ đĩa từ chối ghi {path}. Chưa có gì được lưu; hãy kiểm tra ổ đĩa hoặc kết nối mạng rồi lưu lại.</translation>
    </message>
    <message>
        <source>{path} was moved or deleted while it was open. Nothing was saved; put the file back and save again, or open it where it is now.</source>
        <translation>{path} đã bị di chuyển hoặc xóa trong khi đang mở. Chưa có gì được lưu; hãy đặt tệp về chỗ cũ rồi lưu lại, hoặc mở tệp ở vị trí mới.</translation>
    </message>
    <message>
        <source>This catalogue is on a network drive. File locking there is not reliable: if two people edit it at the same time, changes can be lost or the file damaged. Keep the catalogue on this computer&apos;s disk and put backups on the network drive instead.</source>
        <translation>Cơ sở dữ liệu này nằm trên ổ mạng. Cơ chế khóa tệp trên ổ mạng không tin cậy: nếu hai người cùng sửa một lúc, thay đổi có thể bị mất hoặc tệp bị hỏng. Hãy để cơ sở dữ liệu trên ổ đĩa của máy này và lưu bản sao lưu lên ổ mạng.</translation>
    </message>
    <message>
        <source>This catalogue is in a cloud-synchronised folder. The sync program can copy the file in the middle of a save or keep conflicting copies, and changes can be lost. Keep the catalogue outside that folder and put backups there instead.</source>
        <translation>Cơ sở dữ liệu này nằm trong thư mục đồng bộ đám mây. Phần mềm đồng bộ có thể sao chép tệp giữa lúc đang lưu hoặc giữ các bản xung đột, khiến thay đổi bị mất. Hãy để cơ sở dữ liệu ngoài thư mục đó và lưu bản sao lưu vào đó.</translation>
    </message>
    <message>
        <source>“{name}” is {size}; a file can be at most {limit}. It was not attached.</source>
        <translation>“{name}” có dung lượng {size}; mỗi tệp đính kèm tối đa {limit}. Tệp chưa được đính kèm.</translation>
    </message>
    <message>
        <source>“{name}” could not be read (a folder, a file open in another program, or one that changed while it was read). It was not attached.</source>
        <translation>Không đọc được “{name}” (đây là thư mục, tệp đang mở trong chương trình khác, hoặc tệp bị thay đổi trong lúc đọc). Tệp chưa được đính kèm.</translation>
    </message>
    <message>
        <source>The record is no longer there, so “{name}” was not attached.</source>
        <translation>Bản ghi không còn nữa nên “{name}” chưa được đính kèm.</translation>
    </message>
    <message>
        <source>That file is no longer in the catalogue.</source>
        <translation>Tệp này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The copy of “{name}” kept in the catalogue is damaged, so it was not written. Restore a backup of the catalogue to get it back.</source>
        <translation>Bản lưu của “{name}” trong cơ sở dữ liệu bị hỏng nên không được ghi ra. Hãy khôi phục một bản sao lưu của cơ sở dữ liệu để lấy lại tệp.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The newest backup that passes every check was made {date}. Opening it copies it beside the file, which stays as it is.</source>
        <translation>Bản sao lưu mới nhất vượt qua mọi bước kiểm tra được tạo lúc {date}. Khi mở, bản sao lưu được sao chép ra cạnh tệp; tệp hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Open the newest good backup</source>
        <translation>Mở bản sao lưu tốt gần nhất</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <source>Open the sample catalogue</source>
        <translation>Mở cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>OurSideDialog</name>
    <message>
        <source>Our side</source>
        <translation>Phía Việt Nam</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>New our-side body</source>
        <translation>Cơ quan phía Việt Nam mới</translation>
    </message>
    <message>
        <source>Our side: {name}</source>
        <translation>Phía Việt Nam: {name}</translation>
    </message>
</context>
<context>
    <name>OurSideList</name>
    <message>
        <source>Our side bodies</source>
        <translation>Các cơ quan phía Việt Nam</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Upcoming events</source>
        <translation>Sự kiện sắp diễn ra</translation>
    </message>
    <message>
        <source>Agreements expiring soon</source>
        <translation>Thỏa thuận sắp hết hạn</translation>
    </message>
    <message>
        <source>Agreements recently expired</source>
        <translation>Thỏa thuận vừa hết hạn</translation>
    </message>
    <message>
        <source>Anniversaries of relations this year</source>
        <translation>Các mốc kỷ niệm quan hệ trong năm nay</translation>
    </message>
    <message>
        <source>Follow-up actions due or overdue</source>
        <translation>Việc cần triển khai đến hạn hoặc quá hạn</translation>
    </message>
    <message>
        <source>Dormant partners (no recent event)</source>
        <translation>Đối tác lâu chưa có hoạt động (không có sự kiện gần đây)</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Thay đổi gần đây</translation>
    </message>
    <message>
        <source>Nothing at the moment</source>
        <translation>Hiện chưa có</translation>
    </message>
    <message>
        <source>Partners by country</source>
        <translation>Đối tác theo quốc gia</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>Đối tác theo loại</translation>
    </message>
    <message>
        <source>{years} years: {name} (since {since})</source>
        <translation>{years} năm: {name} (từ {since})</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>due</source>
        <translation>đến hạn</translation>
    </message>
    <message>
        <source>last event {date}</source>
        <translation>làm việc gần nhất: {date}</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>chưa có sự kiện</translation>
    </message>
    <message>
        <source>created</source>
        <translation>được tạo</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>được cập nhật</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>bị xóa</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>được khôi phục</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>có tệp đính kèm mới</translation>
    </message>
    <message>
        <source>file moved to the Trash</source>
        <translation>có tệp bị chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>file restored</source>
        <translation>có tệp được khôi phục</translation>
    </message>
    <message>
        <source>file deleted for good</source>
        <translation>có tệp bị xóa vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 2001, 6/2018, 13/4/2023, 13–16/4/2023</source>
        <translation>ví dụ: 2001, 6/2018, 13/4/2023, 13–16/4/2023</translation>
    </message>
    <message>
        <source>e.g. 13/4/2023</source>
        <translation>ví dụ: 13/4/2023</translation>
    </message>
    <message>
        <source>→ {date}</source>
        <translation>→ {date}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Identity</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Name in its own language</source>
        <translation>Tên bằng ngôn ngữ gốc</translation>
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
        <source>Part of</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Relation since</source>
        <translation>Thiết lập quan hệ từ</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Thông tin liên hệ</translation>
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
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Đương nhiệm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Fields and notes</source>
        <translation>Lĩnh vực và ghi chú</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Đối tác: {name}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>In ngày {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>từ {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>đến {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
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
        <source>Validity</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>từ {date}</translation>
    </message>
    <message>
        <source>{years} years in {year}</source>
        <translation>{years} năm vào năm {year}</translation>
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
        <source>Member bodies</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Kỷ niệm sắp tới</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Relationship timeline</source>
        <translation>Quá trình quan hệ</translation>
    </message>
    <message>
        <source>Agreements over their validity and events</source>
        <translation>Các thỏa thuận theo thời gian hiệu lực và các sự kiện</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Thỏa thuận, văn bản hợp tác</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>Chưa có thỏa thuận nào.</translation>
    </message>
    <message>
        <source>No event recorded.</source>
        <translation>Chưa có sự kiện nào.</translation>
    </message>
    <message>
        <source>{n} earlier events are not listed here.</source>
        <translation>Còn {n} sự kiện trước đó không liệt kê ở đây.</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Hoạt động gần đây</translation>
    </message>
    <message>
        <source>Planned events</source>
        <translation>Hoạt động sắp tới</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Thống nhất tại</translation>
    </message>
    <message>
        <source>No open follow-up.</source>
        <translation>Không có việc nào đang chờ.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Contacts in post</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
    <message>
        <source>No contact in post recorded.</source>
        <translation>Chưa có đầu mối liên hệ.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Thông tin đối tác</translation>
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
        <source>Signatories (our side)</source>
        <translation>Người ký (phía Việt Nam)</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <translation>Người ký (phía đối tác)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số điều khoản</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Kế tiếp văn bản</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>Được thay thế bởi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động, dự án</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Sự kiện liên quan</translation>
    </message>
    <message>
        <source>Agreement sheet</source>
        <translation>Thông tin thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Thỏa thuận đang có</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Lần làm việc trước</translation>
    </message>
    <message>
        <source>Agreements concerned</source>
        <translation>Thỏa thuận liên quan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa xong</translation>
    </message>
    <message>
        <source>Event brief</source>
        <translation>Tóm tắt sự kiện</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Quốc gia: {country}</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Expiring within {months} months</source>
        <translation>Hết hạn trong {months} tháng tới</translation>
    </message>
    <message>
        <source>No agreement expires in this period.</source>
        <translation>Không có thỏa thuận nào hết hạn trong thời gian này.</translation>
    </message>
    <message>
        <source>Ended in the last {months} months, not renewed</source>
        <translation>Đã hết hạn trong {months} tháng qua, chưa gia hạn</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Tính đến ngày {date}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Agreements expiring</source>
        <translation>Thỏa thuận sắp hết hạn</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(không rõ quốc gia)</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Đoàn vào</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Hoạt động khác</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Không có trong thời gian này.</translation>
    </message>
    <message>
        <source>Outbound delegations</source>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Inbound delegations</source>
        <translation>Đoàn vào</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Theo quốc gia</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Theo đối tác</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Từ ngày {start} đến ngày {end}</translation>
    </message>
    <message>
        <source>Delegation log</source>
        <translation>Tổng hợp đoàn ra, đoàn vào</translation>
    </message>
    <message>
        <source>No country (international)</source>
        <translation>Tổ chức quốc tế, không thuộc quốc gia</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang hiệu lực</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Làm việc gần nhất</translation>
    </message>
    <message>
        <source>Website, e-mail, phone</source>
        <translation>Trang web, thư điện tử, điện thoại</translation>
    </message>
    <message>
        <source>No partner matches.</source>
        <translation>Không có đối tác nào phù hợp.</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Danh bạ đối tác</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} đối tác</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Agreements by status</source>
        <translation>Thỏa thuận theo tình trạng</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Print preview – {title}</source>
        <translation>Xem trước khi in – {title}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị tài liệu…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Lưu thành tệp Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>This document would be too long to print at once (about {lines} lines; at most {limit}). Narrow it with a period, a country or a kind, and print it in parts.</source>
        <translation>Tài liệu này quá dài để in một lần (khoảng {lines} dòng; tối đa {limit}). Hãy thu hẹp theo thời gian, quốc gia hoặc loại, rồi in thành nhiều phần.</translation>
    </message>
    <message>
        <source>Type: {kind}</source>
        <translation>Loại: {kind}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Lĩnh vực: {field}</translation>
    </message>
    <message>
        <source>Relation since {year}</source>
        <translation>Quan hệ từ năm {year}</translation>
    </message>
    <message>
        <source>+{n} earlier agreements (see the table)</source>
        <translation>+{n} thỏa thuận trước đó (xem bảng)</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Sự kiện ({n})</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Hoạt động khác</translation>
    </message>
    <message>
        <source>Today {date}</source>
        <translation>Hôm nay {date}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fix the marked fields before saving ({pages}).</source>
        <translation>Hãy sửa các mục được đánh dấu trước khi lưu ({pages}).</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>nơi khác</translation>
    </message>
    <message>
        <source>you</source>
        <translation>bạn</translation>
    </message>
    <message>
        <source>both</source>
        <translation>cả hai</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Đã bị thay đổi ở nơi khác</translation>
    </message>
    <message>
        <source>“{title}” was moved to the Trash elsewhere after you opened it. Save your version as a new record?</source>
        <translation>“{title}” đã bị chuyển vào thùng rác từ nơi khác sau khi bạn mở. Lưu bản của bạn thành một bản ghi mới?</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>Lưu các thay đổi trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search and add…</source>
        <translation>Gõ để tìm và thêm…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>{field}: search</source>
        <translation>{field}: tìm kiếm</translation>
    </message>
    <message>
        <source>{field}: chosen</source>
        <translation>{field}: đã chọn</translation>
    </message>
    <message>
        <source>{field}: remove</source>
        <translation>{field}: gỡ bỏ</translation>
    </message>
    <message>
        <source>(in the Trash) #{id}</source>
        <translation>(trong thùng rác) #{id}</translation>
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
        <source>… and {n} earlier events</source>
        <translation>… và {n} sự kiện trước đó</translation>
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
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Agreements expiring</source>
        <translation>Thỏa thuận sắp hết hạn</translation>
    </message>
    <message>
        <source>Delegation log (outbound and inbound)</source>
        <translation>Tổng hợp đoàn ra, đoàn vào</translation>
    </message>
    <message>
        <source>Partner directory by country</source>
        <translation>Danh bạ đối tác theo quốc gia</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>e.g. 2024, 6/2024 or 13/4/2024</source>
        <translation>ví dụ 2024, 6/2024 hoặc 13/4/2024</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Trong vòng</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Language of the print</source>
        <translation>Ngôn ngữ bản in</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Lưu thành Word…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
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
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>khi mở tệp</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Khôi phục bản này</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Tìm kiếm toàn bộ</translation>
    </message>
    <message>
        <source>Type a name, a place, a person… accents optional</source>
        <translation>Nhập tên, địa danh, người… có dấu hoặc không dấu đều được</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>e.g. Sở Ngoại vụ thành phố Hà Nội</source>
        <translation>ví dụ: Sở Ngoại vụ thành phố Hà Nội</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Organisation (printed headers)</source>
        <translation>Cơ quan (in ở đầu trang)</translation>
    </message>
    <message>
        <source>Agreements are “expiring” within</source>
        <translation>Thỏa thuận được coi là “sắp hết hạn” trong vòng</translation>
    </message>
    <message>
        <source>Partners are “dormant” after no event for</source>
        <translation>Đối tác được coi là “lâu chưa có hoạt động” khi không có sự kiện trong</translation>
    </message>
    <message>
        <source>Largest file to attach</source>
        <translation>Dung lượng tối đa của một tệp đính kèm</translation>
    </message>
    <message>
        <source>Backup folder (e.g. a USB stick)</source>
        <translation>Thư mục sao lưu (ví dụ: ổ USB)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Expiry window</source>
        <translation>Thời gian sắp hết hạn</translation>
    </message>
    <message>
        <source>Dormancy window</source>
        <translation>Thời gian chưa có hoạt động</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
</context>
<context>
    <name>SingleRecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Gõ để tìm…</translation>
    </message>
    <message>
        <source>(in the Trash) #{id}</source>
        <translation>(trong thùng rác) #{id}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Bản ghi đã xóa</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Empty the Trash…</source>
        <translation>&amp;Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <source>{name} (attached to {record})</source>
        <translation>{name} (đính kèm vào {record})</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Dọn sạch thùng rác</translation>
    </message>
    <message>
        <source>Delete everything in the Trash for good? This cannot be undone.</source>
        <translation>Xóa vĩnh viễn mọi thứ trong thùng rác? Thao tác này không thể hoàn tác.</translation>
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
        <source>(no country)</source>
        <translation>(không rõ quốc gia)</translation>
    </message>
    <message>
        <source>No partner matches {name}.</source>
        <translation>Không có đối tác nào khớp với {name}.</translation>
    </message>
    <message>
        <source>{n} partners match {name}; choose one by its id:</source>
        <translation>Có {n} đối tác khớp với {name}; hãy chọn một đối tác theo mã số:</translation>
    </message>
    <message>
        <source>Cannot read the date {date}.</source>
        <translation>Không đọc được ngày {date}.</translation>
    </message>
    <message>
        <source>--from, --to, --country and --months go with --report.</source>
        <translation>--from, --to, --country và --months chỉ dùng với --report.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Unknown country: {country}</source>
        <translation>Không rõ quốc gia: {country}</translation>
    </message>
    <message>
        <source>--months must be 1 or more.</source>
        <translation>--months phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Wrote {path} (pages: {pages})</source>
        <translation>Đã ghi {path} (số trang: {pages})</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>No such backup: {path}</source>
        <translation>Không có bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}</source>
        <translation>Đã khôi phục {backup} vào {path}</translation>
    </message>
    <message>
        <source>The file as it was is kept in {path}</source>
        <translation>Tệp trước khi khôi phục được giữ tại {path}</translation>
    </message>
    <message>
        <source>Created {path} in {seconds:.0f} s</source>
        <translation>Đã tạo {path} trong {seconds:.0f} giây</translation>
    </message>
    <message>
        <source>--map takes &quot;Header=field&quot;: {text}</source>
        <translation>--map cần dạng &quot;Tiêu đề=trường&quot;: {text}</translation>
    </message>
    <message>
        <source>Cannot export to “{suffix}” files: use .xlsx, .csv or .json.</source>
        <translation>Không thể xuất ra tệp “{suffix}”: hãy dùng .xlsx, .csv hoặc .json.</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} rows)</source>
        <translation>Đã ghi {path} ({n} dòng)</translation>
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
        <source>copy the catalogue into the backups folder (or --to FILE)</source>
        <translation>sao lưu cơ sở dữ liệu vào thư mục sao lưu (hoặc --to FILE)</translation>
    </message>
    <message>
        <source>replace the catalogue with a backup, after backing it up</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu, sau khi sao lưu bản hiện tại</translation>
    </message>
    <message>
        <source>make a large synthetic catalogue for tests</source>
        <translation>tạo một cơ sở dữ liệu giả lập lớn để kiểm thử</translation>
    </message>
    <message>
        <source>import partners, agreements, events or contacts from .xlsx or .csv, or merge a .json export</source>
        <translation>nhập đối tác, thỏa thuận, sự kiện hoặc người liên hệ từ .xlsx hoặc .csv, hoặc hợp nhất một tệp xuất .json</translation>
    </message>
    <message>
        <source>export a kind to .xlsx or .csv, or the whole catalogue to .json</source>
        <translation>xuất một loại bản ghi ra .xlsx hoặc .csv, hoặc cả cơ sở dữ liệu ra .json</translation>
    </message>
    <message>
        <source>print a partner profile, agreement sheet, event brief or report to PDF or Word</source>
        <translation>in thông tin đối tác, thỏa thuận, sự kiện hoặc báo cáo ra PDF hoặc Word</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>a record id (e.g. 12 or partner:12) or UUID</source>
        <translation>ID bản ghi (ví dụ 12 hoặc partner:12) hoặc UUID</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BẢN_SAO_LƯU</translation>
    </message>
    <message>
        <source>what the rows are (default: guessed from the headers)</source>
        <translation>loại bản ghi của các dòng (mặc định: đoán theo tiêu đề cột)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>trang tính cần đọc (mặc định: trang đầu tiên)</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>TIÊU ĐỀ=TRƯỜNG</translation>
    </message>
    <message>
        <source>read a column as a field (field empty: ignore the column); repeatable</source>
        <translation>đọc một cột thành một trường (để trống trường: bỏ qua cột); dùng được nhiều lần</translation>
    </message>
    <message>
        <source>a row matching a record already there: skip it, fill its empty fields, or create anyway</source>
        <translation>dòng trùng với bản ghi đã có: bỏ qua, điền các trường còn trống, hoặc vẫn tạo mới</translation>
    </message>
    <message>
        <source>create partners named in rows but not in the catalogue</source>
        <translation>tạo các đối tác được nêu trong các dòng nhưng chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>report what would be imported without changing anything</source>
        <translation>báo cáo những gì sẽ được nhập mà không thay đổi gì</translation>
    </message>
    <message>
        <source>also save the report in FILE</source>
        <translation>lưu báo cáo vào TỆP</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>MÃ|TÊN</translation>
    </message>
    <message>
        <source>a partner&apos;s profile; a name is found without accents</source>
        <translation>thông tin một đối tác; tên gõ không dấu cũng tìm được</translation>
    </message>
    <message>
        <source>an agreement&apos;s sheet</source>
        <translation>thông tin một thỏa thuận</translation>
    </message>
    <message>
        <source>an event&apos;s brief</source>
        <translation>tóm tắt một sự kiện</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>một báo cáo</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>start of the period (delegations; default: 1 January this year)</source>
        <translation>đầu kỳ báo cáo (đoàn ra, đoàn vào; mặc định: 1 tháng 1 năm nay)</translation>
    </message>
    <message>
        <source>end of the period (delegations; default: 31 December this year)</source>
        <translation>cuối kỳ báo cáo (đoàn ra, đoàn vào; mặc định: 31 tháng 12 năm nay)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>only this country (e.g. FR, KR or a name)</source>
        <translation>chỉ quốc gia này (ví dụ FR, KR hoặc tên nước)</translation>
    </message>
    <message>
        <source>expiring within N months (default: 6)</source>
        <translation>hết hạn trong N tháng tới (mặc định: 6)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>write a PDF</source>
        <translation>ghi ra tệp PDF</translation>
    </message>
    <message>
        <source>write a Word file</source>
        <translation>ghi ra tệp Word</translation>
    </message>
    <message>
        <source>organisation name in the page header (default: the one in Settings)</source>
        <translation>tên cơ quan ở đầu trang (mặc định: tên trong Cài đặt)</translation>
    </message>
</context>
</TS>
