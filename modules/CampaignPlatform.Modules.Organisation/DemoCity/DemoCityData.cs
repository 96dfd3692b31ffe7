using CampaignPlatform.Kernel.Organisation;

namespace CampaignPlatform.Modules.Organisation.DemoCity;

/// <summary>
/// 清源市, a fictional county-level city shaped like the ones that bid for the national sanitary title:
/// a built-up core of subdistricts and a ring of rural towns and townships.
/// </summary>
internal static class DemoCityData
{
    public const string CityCode = "330399";

    public sealed record TownshipSeed(string Name, TownshipKind Kind, bool InBuiltUpArea, SanitaryTitle Title, string Leader, int Villages);

    public static readonly TownshipSeed[] Townships =
    [
        new("城关街道", TownshipKind.Jiedao, true, SanitaryTitle.Provincial, "周建国", 9),
        new("东城街道", TownshipKind.Jiedao, true, SanitaryTitle.Provincial, "吴海涛", 10),
        new("西城街道", TownshipKind.Jiedao, true, SanitaryTitle.None, "郑丽华", 8),
        new("南湖街道", TownshipKind.Jiedao, true, SanitaryTitle.Provincial, "王志强", 11),
        new("北苑街道", TownshipKind.Jiedao, true, SanitaryTitle.None, "冯晓东", 8),
        new("青石镇", TownshipKind.Zhen, false, SanitaryTitle.National, "陈卫民", 14),
        new("柳河镇", TownshipKind.Zhen, false, SanitaryTitle.Provincial, "褚明远", 12),
        new("白马镇", TownshipKind.Zhen, false, SanitaryTitle.None, "卫红梅", 13),
        new("桃源镇", TownshipKind.Zhen, false, SanitaryTitle.Provincial, "蒋正平", 15),
        new("龙泉镇", TownshipKind.Zhen, false, SanitaryTitle.None, "沈春生", 11),
        new("新丰镇", TownshipKind.Zhen, false, SanitaryTitle.None, "韩立新", 12),
        new("三河镇", TownshipKind.Zhen, false, SanitaryTitle.Provincial, "杨国庆", 10),
        new("石桥镇", TownshipKind.Zhen, false, SanitaryTitle.None, "朱文斌", 9),
        new("黄岭镇", TownshipKind.Zhen, false, SanitaryTitle.None, "秦玉兰", 13),
        new("大营镇", TownshipKind.Zhen, false, SanitaryTitle.None, "尤振华", 10),
        new("双井镇", TownshipKind.Zhen, false, SanitaryTitle.Provincial, "许德胜", 12),
        new("杏花镇", TownshipKind.Zhen, false, SanitaryTitle.None, "何秀英", 11),
        new("安乐镇", TownshipKind.Zhen, false, SanitaryTitle.None, "吕建军", 9),
        new("云山乡", TownshipKind.Xiang, false, SanitaryTitle.None, "施永康", 8),
        new("松林乡", TownshipKind.Xiang, false, SanitaryTitle.None, "张桂芳", 9),
        new("梅岭乡", TownshipKind.Xiang, false, SanitaryTitle.None, "孔祥瑞", 8),
        new("红旗乡", TownshipKind.Xiang, false, SanitaryTitle.None, "曹金凤", 10),
    ];

    /// <summary>Place-name stems for villages (…村) and communities (…社区).</summary>
    public static readonly string[] PlaceStems =
    [
        "张庄", "李家湾", "王家坝", "刘营", "陈家岭", "杨柳", "赵集", "黄泥塘", "周家畈", "吴堡",
        "徐家河", "孙庄", "胡家岗", "朱楼", "高桥", "林场", "何家冲", "郭店", "马头", "罗家坪",
        "梁庄", "宋湾", "郑家寨", "谢岗", "韩楼", "唐家洼", "冯塘", "于庄", "董家沟", "萧山",
        "程家圩", "曹庄", "袁家畈", "邓湾", "许家岭", "傅庄", "沈家塘", "曾集", "彭家坳", "吕庄",
        "苏家洼", "卢家岗", "蒋庄", "蔡家桥", "贾营", "丁家湾", "魏庄", "薛家坪", "叶家岭", "阎楼",
        "余家坝", "潘庄", "杜家河", "戴营", "夏家湾", "钟楼", "汪家畈", "田庄", "任家岗", "姜湾",
    ];

    public static readonly string[] CommunityStems =
    [
        "文昌", "人民路", "解放路", "中山", "建设路", "和平", "幸福里", "康乐", "锦绣", "阳光",
        "滨河", "朝阳", "红星", "新华", "光明", "湖滨", "翠苑", "金桥", "书香", "春晖",
    ];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];

    public static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "玉梅", "志刚"];

    /// <summary>The units named in the campaign's work plan (DOMAIN.md), plus the office that runs it.</summary>
    public static readonly (string Code, string Name, string Short)[] Units =
    [
        ("AWB", "市爱国卫生运动委员会办公室", "市爱卫办"),
        ("ZJJ", "市住房和城乡建设局", "住建局"),
        ("WJW", "市卫生健康委员会", "卫健委"),
        ("SJJ", "市市场监督管理局", "市场监管局"),
        ("NNJ", "市农业农村局", "农业农村局"),
        ("STHJ", "市生态环境分局", "生态环境分局"),
        ("CGZF", "市综合行政执法局（城管执法）", "城管执法局"),
        ("RMT", "市融媒体中心", "融媒体中心"),
        ("JYJ", "市教育局", "教育局"),
        ("JTJ", "市交通运输局", "交通运输局"),
    ];
}
