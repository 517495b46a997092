using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> flag)
    {
        flag.Property(f => f.TargetKind).HasMaxLength(10);
        flag.Property(f => f.Reason).HasMaxLength(20);
        flag.Property(f => f.Text).HasMaxLength(Flag.TextMax * 2);
        flag.Property(f => f.Outcome).HasMaxLength(10);
        // One flag per member and target, whatever races the form.
        flag.HasIndex(f => new { f.TargetKind, f.TargetId, f.FlaggerId }).IsUnique();
        flag.HasIndex(f => new { f.Outcome, f.CreatedAt });
        flag.HasIndex(f => new { f.FlaggerId, f.Outcome });
        flag.HasOne<Members.Member>().WithMany().HasForeignKey(f => f.FlaggerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class MemberNoteConfiguration : IEntityTypeConfiguration<MemberNote>
{
    public void Configure(EntityTypeBuilder<MemberNote> note)
    {
        note.Property(n => n.Text).HasMaxLength(MemberNote.TextMax * 2);
        note.HasIndex(n => new { n.MemberId, n.CreatedAt });
        note.HasOne<Members.Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SuggestedEditConfiguration : IEntityTypeConfiguration<SuggestedEdit>
{
    public void Configure(EntityTypeBuilder<SuggestedEdit> edit)
    {
        edit.Property(e => e.Summary).HasMaxLength(SuggestedEdit.SummaryMax * 2);
        edit.Property(e => e.Outcome).HasMaxLength(10);
        edit.HasIndex(e => new { e.Outcome, e.CreatedAt });
        edit.HasIndex(e => new { e.PostKind, e.PostId, e.ProposerId });
        edit.HasOne<Members.Member>().WithMany().HasForeignKey(e => e.ProposerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CloseVoteConfiguration : IEntityTypeConfiguration<CloseVote>
{
    public void Configure(EntityTypeBuilder<CloseVote> vote)
    {
        vote.Property(v => v.Reason).HasMaxLength(20);
        vote.HasIndex(v => new { v.QuestionId, v.Reopen, v.Settled });
        vote.HasIndex(v => new { v.Settled, v.CreatedAt });
        vote.HasOne<Members.Member>().WithMany().HasForeignKey(v => v.VoterId).OnDelete(DeleteBehavior.Cascade);
    }
}
