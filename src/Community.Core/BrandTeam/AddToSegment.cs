using Community.Core.Audit;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>Puts members into a named segment, creating it on first use; members already in it stay as they were.</summary>
public sealed class AddToSegment(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Segment> ExecuteAsync(IReadOnlyCollection<int> memberIds, string? segmentName, int actorId, CancellationToken ct = default)
    {
        var name = (segmentName ?? "").Trim();
        if (name.Length is < 2 or > Segment.NameMax) throw new DomainException("SegmentNameLength");
        var members = await ChosenMembers.ExistingAsync(db, memberIds, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var segment = await db.Segments.SingleOrDefaultAsync(s => s.Name == name, ct);
        if (segment is null)
        {
            segment = new Segment { Name = name, CreatedById = actorId, CreatedAt = now };
            db.Segments.Add(segment);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(actorId, "segment.create", $"segment:{segment.Id}", null, name, ct);
        }
        var inside = await db.SegmentMembers.Where(m => m.SegmentId == segment.Id && members.Contains(m.MemberId)).Select(m => m.MemberId).ToListAsync(ct);
        var fresh = members.Except(inside).ToList();
        db.SegmentMembers.AddRange(fresh.Select(id => new SegmentMember { SegmentId = segment.Id, MemberId = id, AddedById = actorId, AddedAt = now }));
        await db.SaveChangesAsync(ct);
        foreach (var id in fresh) await audit.RecordAsync(actorId, "segment.add", $"segment:{segment.Id}/member:{id}", ct: ct);
        return segment;
    }
}
