using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Assessment.Data;

namespace CampaignPlatform.Modules.Assessment.Standard;

/// <summary>
/// The default catalogue: the 11 prerequisites (必备条件) as commonly published, and indicators under the 8
/// categories of the 2014 national standard (国家卫生城市标准). Wording and numbering are a working seed, to be
/// verified against the official text and edited as data; every seeded row says so in its note.
/// </summary>
internal static class StandardSeed
{
    public const string ToVerify = "种子数据，须对照官方文本核实 / seed data, to be verified against the official text";

    public static readonly IReadOnlyDictionary<int, string> Categories = new Dictionary<int, string>
    {
        [0] = "必备条件",
        [1] = "爱国卫生组织管理",
        [2] = "健康教育和健康促进",
        [3] = "市容环境卫生",
        [4] = "环境保护",
        [5] = "重点场所卫生",
        [6] = "食品和生活饮用水安全",
        [7] = "疾病防控与医疗卫生服务",
        [8] = "病媒生物预防控制",
    };

    private const ThresholdComparison AtLeast = ThresholdComparison.AtLeast;
    private const ThresholdComparison AtMost = ThresholdComparison.AtMost;

    public static IReadOnlyList<StandardIndicator> All()
    {
        var order = 0;
        StandardIndicator Row(
            string code, int category, string name, string threshold, string lead,
            decimal? value = null, ThresholdComparison? comparison = null, string? unit = null) => new()
        {
            Code = code, Kind = category == 0 ? IndicatorKind.Prerequisite : IndicatorKind.Indicator, Category = category,
            CategoryZh = Categories[category], NameZh = name, ThresholdText = threshold, ThresholdValue = value, Comparison = comparison,
            Unit = unit, LeadUnit = lead, SeedNote = ToVerify, SortOrder = ++order,
        };

        return
        [
            Row("P1", 0, "制定爱国卫生工作法规或规范性文件", "市政府出台爱国卫生工作法规或规范性文件", "市爱卫办"),
            Row("P2", 0, "爱国卫生工作机构独立设置", "爱卫会办公室独立设置，人员编制、经费落实", "市爱卫办"),
            Row("P3", 0, "生活垃圾无害化处理率", "城市生活垃圾无害化处理率 ≥ 90%", "市住建局", 90, AtLeast, "%"),
            Row("P4", 0, "生活污水集中处理率", "城市生活污水集中处理率 ≥ 85%", "市住建局", 85, AtLeast, "%"),
            Row("P5", 0, "建成区绿化", "建成区绿化覆盖率 ≥ 36%，人均公园绿地面积 ≥ 8.5 平方米", "市住建局", 36, AtLeast, "%"),
            Row("P6", 0, "环境空气质量", "空气质量指数（AQI）≤ 100 的天数 ≥ 300 天/年", "市生态环境局", 300, AtLeast, "天"),
            Row("P7", 0, "病媒生物防制", "鼠、蚊、蝇、蟑螂密度达到国家标准 C 级，重点行业和单位防蝇防鼠设施合格率 ≥ 95%", "市卫健委", 95, AtLeast, "%"),
            Row("P8", 0, "近三年无重大安全事故", "近 3 年无重大环境污染、食品安全、职业危害和实验室生物安全事故", "市应急管理局"),
            Row("P9", 0, "近三年无传染病暴发流行", "近 3 年无因防控不力导致的甲、乙类传染病暴发流行", "市卫健委"),
            Row("P10", 0, "建成区无烟草广告", "建成区内无烟草广告", "市市场监管局"),
            Row("P11", 0, "群众满意率", "群众对卫生状况满意率 ≥ 90%", "市爱卫办", 90, AtLeast, "%"),

            Row("1.1", 1, "爱国卫生工作纳入政府规划", "将爱国卫生工作纳入经济社会发展规划，定期研究部署", "市爱卫办"),
            Row("1.2", 1, "组织机构与长效机制", "爱卫会组织健全，部门职责明确，建立卫生城市长效管理机制", "市爱卫办"),
            Row("1.3", 1, "卫生乡镇和卫生单位创建", "辖区乡镇（街道）开展卫生创建，省级以上卫生乡镇达到规定比例", "市爱卫办"),
            Row(StandardIndicators.PublicSatisfaction, 1, "群众卫生投诉平台和满意率", "设立群众卫生投诉平台，及时处理；群众对卫生状况满意率 ≥ 90%", "市爱卫办", 90, AtLeast, "%"),

            Row(StandardIndicators.HealthEducation, 2, "健康教育网络和健康促进活动", "健康教育网络健全，广泛开展健康教育和健康促进活动，宣传阵地齐全", "市卫健委"),
            Row("2.2", 2, "居民健康素养", "居民健康素养水平达到或高于全国平均水平", "市卫健委"),
            Row("2.3", 2, "无烟环境", "公共场所禁止吸烟，党政机关、医疗卫生和教育机构建成无烟单位", "市卫健委"),
            Row("2.4", 2, "学校健康教育", "中小学健康教育开课率 100%", "市教育局", 100, AtLeast, "%"),
            Row("2.5", 2, "全民健身", "建有全民健身活动场所和健康步道，经常参加体育锻炼的人数比例达到要求", "市体育局"),

            Row(StandardIndicators.CityAppearance, 3, "市容市貌和道路保洁", "市容整洁，无乱贴乱画、乱摆乱占、乱搭乱建；主次干道每日保洁 ≥ 16 小时", "市城管局", 16, AtLeast, "小时"),
            Row("3.2", 3, "生活垃圾收运处置", "生活垃圾日产日清，无害化处理率 ≥ 90%，推行垃圾分类", "市城管局", 90, AtLeast, "%"),
            Row("3.3", 3, "公共厕所", "公厕布局合理，建成区公厕达到二类以上标准，保洁及时", "市城管局"),
            Row("3.4", 3, "建成区绿化覆盖率", "建成区绿化覆盖率 ≥ 36%", "市住建局", 36, AtLeast, "%"),
            Row("3.5", 3, "人均公园绿地面积", "人均公园绿地面积 ≥ 8.5 平方米", "市住建局", 8.5m, AtLeast, "平方米"),
            Row(StandardIndicators.RuralSanitation, 3, "城乡结合部、城中村和乡镇环境卫生", "城乡结合部、城中村、乡镇和村庄环境整洁，垃圾收运处置，无三堆", "市农业农村局"),
            Row("3.7", 3, "建筑工地和渣土运输", "建筑工地围挡规范、出入口硬化，渣土运输密闭", "市住建局"),
            Row("3.8", 3, "集贸市场", "农贸（集贸）市场布局合理、规范管理，活禽销售区域相对隔离", "市市场监管局"),

            Row("4.1", 4, "环境空气质量", "空气质量指数（AQI）≤ 100 的天数 ≥ 300 天/年", "市生态环境局", 300, AtLeast, "天"),
            Row("4.2", 4, "生活污水集中处理", "城市生活污水集中处理率 ≥ 85%，无黑臭水体", "市住建局", 85, AtLeast, "%"),
            Row("4.3", 4, "饮用水水源水质", "集中式饮用水水源地水质达标率 100%", "市生态环境局", 100, AtLeast, "%"),
            Row("4.4", 4, "区域环境噪声", "建成区区域环境噪声平均值 ≤ 60 dB(A)", "市生态环境局", 60, AtMost, "dB(A)"),

            Row(StandardIndicators.KeyPlacesHygiene, 5, "公共场所卫生", "公共场所卫生许可、从业人员健康检查持证率 100%，洗手消毒设施完好", "市卫健委", 100, AtLeast, "%"),
            Row("5.2", 5, "小餐饮、小浴室等\"六小\"行业", "\"六小\"行业证照齐全、卫生达标", "市市场监管局"),
            Row(StandardIndicators.SchoolHygiene, 5, "学校卫生", "学校教学和生活环境符合卫生标准，落实晨午检和传染病防控制度", "市教育局"),
            Row("5.4", 5, "职业卫生", "重点行业职业病危害项目申报、作业场所检测和劳动者职业健康检查落实", "市卫健委"),
            Row("5.5", 5, "重点场所洗手消毒", "车站、商场、服务大厅等重点场所设置洗手设施，定期消毒并有记录", "市卫健委"),

            Row("6.1", 6, "食品生产经营许可", "食品生产经营单位许可证持证率 100%", "市市场监管局", 100, AtLeast, "%"),
            Row("6.2", 6, "餐饮服务监管", "餐饮服务单位实行量化分级管理，明厨亮灶", "市市场监管局"),
            Row("6.3", 6, "生活饮用水水质", "生活饮用水水质符合国家标准，监测达标率 ≥ 95%", "市水务局", 95, AtLeast, "%"),
            Row("6.4", 6, "二次供水", "二次供水设施卫生许可、定期清洗消毒和水质检测", "市卫健委"),

            Row("7.1", 7, "传染病防控", "传染病疫情报告及时、处置规范，无甲、乙类传染病暴发流行", "市卫健委"),
            Row("7.2", 7, "免疫规划", "适龄儿童免疫规划疫苗接种率 ≥ 90%", "市卫健委", 90, AtLeast, "%"),
            Row(StandardIndicators.MedicalInstitutions, 7, "医疗机构感染控制和消毒", "医疗机构院内感染控制、消毒隔离和医疗废物处置规范", "市卫健委"),
            Row("7.4", 7, "基层医疗卫生服务", "社区卫生服务机构设置合理，家庭医生签约服务落实", "市卫健委"),
            Row("7.5", 7, "慢性病防控", "开展慢性病综合防控，高血压、糖尿病患者规范管理", "市卫健委"),
            Row("7.6", 7, "无偿献血", "无偿献血工作达到国家要求", "市卫健委"),

            Row("8.1", 8, "病媒生物防制组织和经费", "病媒生物防制有组织、有经费、有专业队伍，开展统一灭杀", "市爱卫办"),
            Row("8.2", 8, "鼠密度和蟑螂密度", "鼠、蟑螂密度达到国家标准 C 级", "市疾控中心"),
            Row("8.3", 8, "蚊密度和蝇密度", "蚊、蝇密度达到国家标准 C 级", "市疾控中心"),
            Row("8.4", 8, "重点行业防蝇防鼠设施", "重点行业和单位防蝇防鼠设施合格率 ≥ 95%", "市疾控中心", 95, AtLeast, "%"),
        ];
    }
}
