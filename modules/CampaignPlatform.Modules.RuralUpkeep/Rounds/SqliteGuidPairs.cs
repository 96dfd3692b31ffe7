using System.Text;
using CampaignPlatform.Kernel.Organisation;

namespace CampaignPlatform.Modules.RuralUpkeep.Rounds;

/// <summary>
/// (township, village) pairs as a JSON array for SQLite's json_each, each id in the text form EF Core stores a Guid in
/// on SQLite (upper-case, hyphenated), so that the unpacked values equal the stored ones.
/// </summary>
internal static class SqliteGuidPairs
{
    private const int GuidLength = 36;

    public static string ToJson(IReadOnlyList<VillageKey> villages)
    {
        var json = new StringBuilder(villages.Count * (2 * GuidLength + 8) + 2).Append('[');
        Span<char> id = stackalloc char[GuidLength];
        for (var i = 0; i < villages.Count; i++)
        {
            json.Append(i == 0 ? "[\"" : ",[\"");
            AppendId(json, villages[i].TownshipId, id);
            json.Append("\",\"");
            AppendId(json, villages[i].Id, id);
            json.Append("\"]");
        }

        return json.Append(']').ToString();
    }

    private static void AppendId(StringBuilder json, Guid value, Span<char> buffer)
    {
        value.TryFormat(buffer, out _, "D");
        Ascii.ToUpperInPlace(buffer, out _);
        json.Append(buffer);
    }
}
