using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.Body).HasMaxLength(Comment.MaxLength * 2).IsRequired();
        comment.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne(c => c.Question).WithMany().HasForeignKey(c => c.QuestionId);
        comment.HasOne<Answer>().WithMany().HasForeignKey(c => c.AnswerId);
        comment.HasIndex(c => new { c.QuestionId, c.CreatedAt });
    }
}
