namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Synthetic community names built from a pool of common place-name characters (with pinyin). They read like
/// Guangzhou community names but are not real ones; geodata/haizhu/README.md says so.
/// </summary>
internal static class CommunityNames
{
    private static readonly (string Han, string Pinyin)[] Pool =
    [
        ("南", "nan"), ("北", "bei"), ("东", "dong"), ("西", "xi"), ("福", "fu"), ("宝", "bao"), ("龙", "long"),
        ("晓", "xiao"), ("海", "hai"), ("江", "jiang"), ("新", "xin"), ("瑞", "rui"), ("康", "kang"), ("华", "hua"),
        ("岗", "gang"), ("园", "yuan"), ("苑", "yuan"), ("景", "jing"), ("泰", "tai"), ("安", "an"), ("和", "he"),
        ("兴", "xing"), ("乐", "le"), ("祥", "xiang"), ("怡", "yi"), ("锦", "jin"), ("翠", "cui"), ("荣", "rong"),
        ("德", "de"), ("庆", "qing"), ("珠", "zhu"), ("洲", "zhou"), ("沙", "sha"), ("石", "shi"), ("溪", "xi"),
        ("桥", "qiao"), ("湾", "wan"), ("港", "gang"), ("基", "ji"), ("涌", "chong"), ("滘", "jiao"), ("塘", "tang"),
        ("桂", "gui"), ("榕", "rong"), ("松", "song"), ("梅", "mei"), ("兰", "lan"), ("竹", "zhu"), ("凤", "feng"),
        ("鹤", "he"), ("鹭", "lu"), ("云", "yun"), ("明", "ming"), ("光", "guang"), ("昌", "chang"), ("盛", "sheng"),
    ];

    /// <summary>A unique two-character name, e.g. ("宝岗社区", "Baogang Community").</summary>
    public static (string Name, string NameEn) Next(ref SynthRandom rng, HashSet<string> used)
    {
        while (true)
        {
            (string h1, string p1) = Pool[rng.Int(0, Pool.Length - 1)];
            (string h2, string p2) = Pool[rng.Int(0, Pool.Length - 1)];
            string name = h1 + h2 + "社区";
            if (h1 == h2 || !used.Add(name))
            {
                continue;
            }

            string en = char.ToUpperInvariant(p1[0]) + p1[1..] + p2 + " Community";
            return (name, en);
        }
    }
}
