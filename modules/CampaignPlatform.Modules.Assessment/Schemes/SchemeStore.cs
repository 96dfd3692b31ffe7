using CampaignPlatform.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Schemes;

/// <summary>
/// The scheme of a year, created on first use: a copy of the newest earlier year that has one, or the default.
/// Two requests creating the same year at once meet the unique index; the loser reads the winner's lines.
/// </summary>
internal sealed class SchemeStore(AssessmentDbContext db)
{
    public async Task<IReadOnlyList<SchemeLine>> LinesOf(int year, CancellationToken ct, bool tracked = false)
    {
        var lines = await Query(year, tracked).ToListAsync(ct);
        if (lines.Count > 0)
        {
            return lines;
        }

        var earlier = await db.SchemeLines.Where(l => l.Year < year).MaxAsync(l => (int?)l.Year, ct);
        var fresh = earlier is { } source
            ? (await db.SchemeLines.AsNoTracking().Where(l => l.Year == source).ToListAsync(ct)).Select(l => l.CopyTo(year)).ToList()
            : DefaultScheme.For(year).ToList();
        db.SchemeLines.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            foreach (var line in fresh)
            {
                db.Entry(line).State = EntityState.Detached;
            }

            if (!await Query(year, tracked: false).AnyAsync(ct))
            {
                throw; // not a twin request: a real failure
            }
        }

        foreach (var line in fresh)
        {
            db.Entry(line).State = EntityState.Detached;
        }

        return await Query(year, tracked).ToListAsync(ct);
    }

    private IQueryable<SchemeLine> Query(int year, bool tracked)
    {
        var query = db.SchemeLines.Where(l => l.Year == year).OrderBy(l => l.SortOrder).ThenBy(l => l.Code);
        return tracked ? query : query.AsNoTracking();
    }
}
