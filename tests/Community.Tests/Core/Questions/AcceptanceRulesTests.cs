using Community.Core;
using Community.Core.Questions;

namespace Community.Tests.Core.Questions;

public class AcceptanceRulesTests
{
    private static Question QuestionBy(int author) => new() { Id = 10, AuthorId = author };

    [Fact]
    public void The_asker_accepts_an_answer_to_their_question_and_can_change_it()
    {
        var question = QuestionBy(1);

        question.Accept(new Answer { Id = 5, QuestionId = 10 }, byMemberId: 1);
        Assert.Equal(5, question.AcceptedAnswerId);

        question.Accept(new Answer { Id = 6, QuestionId = 10 }, byMemberId: 1);
        Assert.Equal(6, question.AcceptedAnswerId);
    }

    [Fact]
    public void Someone_else_cannot_accept()
    {
        var question = QuestionBy(1);

        var refusal = Assert.Throws<DomainException>(() => question.Accept(new Answer { Id = 5, QuestionId = 10 }, byMemberId: 2));

        Assert.Equal("OnlyAskerCanAccept", refusal.MessageKey);
        Assert.Null(question.AcceptedAnswerId);
    }

    [Fact]
    public void An_answer_from_another_question_or_a_deleted_answer_cannot_be_accepted()
    {
        var question = QuestionBy(1);

        Assert.Throws<DomainException>(() => question.Accept(new Answer { Id = 5, QuestionId = 99 }, byMemberId: 1));
        var deleted = new Answer { Id = 5, QuestionId = 10 };
        deleted.Hide(HiddenReasons.Author);
        Assert.Throws<DomainException>(() => question.Accept(deleted, byMemberId: 1));
        Assert.Null(question.AcceptedAnswerId);
    }

    [Fact]
    public void Only_the_author_edits()
    {
        Assert.Throws<DomainException>(() => QuestionBy(1).EnsureEditableBy(2));
        QuestionBy(1).EnsureEditableBy(1);
    }
}
