// Place and person-name data: provinces (to split "tỉnh Bình Dương Võ Văn Minh") and
// common family names (to tell where a person's name starts).

export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang',
  'Hòa Bình', 'Hoà Bình', 'Hồ Chí Minh', 'Hưng Yên', 'Khánh Hòa', 'Khánh Hoà', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lạng Sơn',
  'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình',
  'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
  'Thanh Hóa', 'Thanh Hoá', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];

export const SURNAMES = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đoàn', 'Lâm', 'Mai', 'Trịnh', 'Trương', 'Cao', 'Hà', 'Lưu', 'Tạ', 'Châu', 'Thái', 'Lương', 'Quách', 'Kiều',
  'La', 'Tô', 'Triệu', 'Nông', 'Hứa', 'Vương', 'Chu', 'Giang', 'Tăng', 'Lò', 'Lục', 'Đào', 'Tôn', 'Thân', 'Khổng', 'Doãn',
  'Từ', 'Phùng', 'Đàm', 'Mạc', 'Lã', 'Tống', 'Nghiêm', 'Ninh', 'Bế', 'Hầu', 'Âu', 'Văn', 'Khúc', 'Lại', 'Hàn', 'Lạc',
  'Cù', 'Đậu', 'Diệp', 'Kim', 'Lữ', 'Mã', 'Tiêu', 'Thạch', 'Y', 'Sầm', 'Vi', 'Lường', 'Quàng', 'Hoàng Thị',
  // the highlands' and the north's peoples: Jrai, Bahnar, Ê Đê ("Rơ Châm H'Ngớ", "Ksor Phước Hà"),
  // Hmông, Thái (not those that also open place names: "A Lưới", "Sơn Hà", "Vàng Danh")
  'Rơ', 'Ksor', 'Siu', 'Rah', 'Kpă', 'Puih', 'Rchăm', 'Giàng', 'Sùng', 'Thào', 'Lầu', 'Mùa', 'Sình', 'Cầm', 'Tòng',
]);
