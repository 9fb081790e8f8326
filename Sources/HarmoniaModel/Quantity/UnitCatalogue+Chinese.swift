extension UnitCatalogue {
    /// Chinese unit names as printed in JJG/JJF documents, each mapped to a unit in symbols: the SI units
    /// and their common multiples, the units accepted for use with them, and the compound names documents
    /// print whole (`千克每立方米`). A name for a compound unit is read through the symbol grammar.
    static let chineseUnitNames: [String: String] = [
        // Mass.
        "毫克": "mg", "克": "g", "千克": "kg", "公斤": "kg", "微克": "µg", "吨": "t",
        // Volume, area.
        "升": "L", "毫升": "mL", "微升": "µL", "分升": "dL", "立方米": "m³", "立方分米": "dm³", "立方厘米": "cm³",
        "立方毫米": "mm³", "平方米": "m²", "平方厘米": "cm²", "平方毫米": "mm²",
        // Temperature.
        "摄氏度": "°C", "开尔文": "K", "开": "K", "毫开": "mK",
        // Time: the calendar units and the clock units.
        "年": "a", "个月": "月", "周": "周", "星期": "周", "日": "d", "天": "d", "小时": "h", "时": "h",
        "分钟": "min", "分": "min", "秒": "s", "毫秒": "ms", "微秒": "µs", "纳秒": "ns",
        // Length.
        "米": "m", "毫米": "mm", "微米": "µm", "纳米": "nm", "厘米": "cm", "分米": "dm", "千米": "km", "公里": "km",
        // Pressure.
        "帕": "Pa", "帕斯卡": "Pa", "百帕": "hPa", "千帕": "kPa", "兆帕": "MPa", "吉帕": "GPa",
        "巴": "bar", "毫巴": "mbar", "毫米汞柱": "mmHg", "标准大气压": "atm",
        // Electricity.
        "伏": "V", "伏特": "V", "千伏": "kV", "毫伏": "mV", "微伏": "µV",
        "安": "A", "安培": "A", "千安": "kA", "毫安": "mA", "微安": "µA",
        "瓦": "W", "瓦特": "W", "毫瓦": "mW", "千瓦": "kW", "兆瓦": "MW", "千瓦时": "kWh", "瓦时": "Wh",
        "乏": "var", "千乏": "kvar", "伏安": "VA", "千伏安": "kVA",
        "欧": "Ω", "欧姆": "Ω", "毫欧": "mΩ", "千欧": "kΩ", "兆欧": "MΩ",
        "库": "C", "库仑": "C", "法": "F", "法拉": "F", "微法": "µF", "皮法": "pF",
        "亨": "H", "亨利": "H", "特": "T", "特斯拉": "T", "毫特": "mT", "韦伯": "Wb", "西门子": "S",
        // Frequency, force, energy.
        "赫兹": "Hz", "赫": "Hz", "千赫": "kHz", "兆赫": "MHz",
        "牛": "N", "牛顿": "N", "毫牛": "mN", "千牛": "kN", "焦": "J", "焦耳": "J", "千焦": "kJ", "兆焦": "MJ",
        // Amount, light, radiation, level.
        "摩尔": "mol", "毫摩尔": "mmol", "坎德拉": "cd", "流明": "lm", "勒克斯": "lx", "勒": "lx", "贝可": "Bq",
        "分贝": "dB",
        // Compound names printed whole.
        "千克每立方米": "kg/m³", "克每立方厘米": "g/cm³", "米每秒": "m/s", "立方米每小时": "m³/h",
        "升每分钟": "L/min", "升每小时": "L/h",
    ]
}
