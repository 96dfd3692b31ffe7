namespace CampaignPlatform.Generator;

/// <summary>Place and person names of a generated city: two syllables make a name, so thousands of villages stay readable.</summary>
internal static class CityNames
{
    private static readonly string[] Syllables =
    [
        "清", "源", "柳", "河", "红", "旗", "梅", "岭", "东", "西", "南", "北", "石", "桥", "新", "安", "龙", "泉", "青", "山",
        "白", "沙", "金", "星", "长", "乐", "平", "湖", "林", "溪", "高", "塘", "马", "头", "双", "庙", "朝", "阳", "永", "丰",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "胡"];

    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"];

    /// <summary>A two-syllable name, distinct for every number below 1,600; beyond that a number keeps it unique.</summary>
    public static string Place(int number)
    {
        var name = Syllables[number % Syllables.Length] + Syllables[number / Syllables.Length % Syllables.Length];
        var round = number / (Syllables.Length * Syllables.Length);
        return round == 0 ? name : $"{name}{round + 1}";
    }

    public static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
}
