using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
    {
        question.Property(q => q.Title).HasMaxLength(PostLimits.TitleMax * 2).IsRequired();
        question.Property(q => q.Slug).HasMaxLength(200).IsRequired();
        question.HasOne(q => q.Author).WithMany().HasForeignKey(q => q.AuthorId).OnDelete(DeleteBehavior.Restrict);
        question.HasOne(q => q.Product).WithMany().HasForeignKey(q => q.ProductId).OnDelete(DeleteBehavior.SetNull);
        question.HasMany(q => q.Answers).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId);
        question.HasMany(q => q.Tags).WithMany(t => t.Questions).UsingEntity("QuestionTags");
        question.HasIndex(q => new { q.AuthorId, q.SubmissionId }).IsUnique();
        // One index per list sort; IsDeleted leads so the planner skips deleted rows cheaply.
        question.HasIndex(q => new { q.IsDeleted, q.CreatedAt });
        question.HasIndex(q => new { q.IsDeleted, q.LastActivityAt });
        question.HasIndex(q => new { q.IsDeleted, q.Score });
        question.HasIndex(q => new { q.IsDeleted, q.AnswerCount, q.CreatedAt });
        question.HasIndex(q => new { q.ProductId, q.CreatedAt });
        question.HasIndex(q => new { q.SpaceId, q.CreatedAt });
        question.HasOne(q => q.Space).WithMany().HasForeignKey(q => q.SpaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
