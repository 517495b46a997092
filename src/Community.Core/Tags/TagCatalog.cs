using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Tags;

/// <summary>Finds or creates tags by name and keeps their question counts in step with assignments.</summary>
public sealed class TagCatalog(CommunityDbContext db)
{
    /// <summary>Returns tracked tags for the names, creating the missing ones (call inside the write transaction).</summary>
    public async Task<List<Tag>> ResolveAsync(IReadOnlyList<string> names, CancellationToken ct = default)
    {
        var existing = await db.Tags.Where(t => names.Contains(t.Name)).ToListAsync(ct);
        foreach (var name in names.Where(n => existing.All(t => t.Name != n)))
        {
            var tag = new Tag { Name = name };
            db.Tags.Add(tag);
            existing.Add(tag);
        }
        return existing;
    }

    public static void Count(IEnumerable<Tag> tags, int delta)
    {
        foreach (var tag in tags) tag.QuestionCount = Math.Max(0, tag.QuestionCount + delta);
    }
}
