using Community.Core.Members;

namespace Community.Tests.Core.Members;

public class DisplayNamePolicyTests
{
    [Theory]
    [InlineData("  Jamie   Park ", "Jamie Park")]
    [InlineData("김민지", "김민지")]
    public void Names_are_trimmed_and_inner_spaces_collapsed(string raw, string expected)
    {
        Assert.Equal(expected, DisplayNamePolicy.Clean(raw, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("Ad\u200Bmin")]        // zero-width space
    [InlineData("evil\u202Enimda")]     // right-to-left override
    [InlineData("\u3164\u3164")]        // Hangul filler: renders as nothing
    [InlineData("name\u0000x")]
    [InlineData("bob\u2066x")]          // isolate
    [InlineData("z\u0301\u0301\u0301a")] // stacked combining marks
    public void Invisible_control_and_bidi_characters_are_refused(string raw)
    {
        Assert.Null(DisplayNamePolicy.Clean(raw, out var error));
        Assert.Equal("DisplayNameInvisible", error);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("This display name is far too long to be shown")]
    public void Length_is_two_to_thirty(string raw)
    {
        Assert.Null(DisplayNamePolicy.Clean(raw, out var error));
        Assert.Equal("DisplayNameLength", error);
    }

    [Theory]
    [InlineData("Admin", "Аdmin")]       // Cyrillic А
    [InlineData("Admin", "ADM1N")]
    [InlineData("Admin", "ａｄｍｉｎ")]    // full width
    [InlineData("Modern", "Modern")]
    [InlineData("Moderator", "Mod_erator")]
    [InlineData("Rosie", "R0sie")]
    [InlineData("Émile", "Emile")]
    public void Look_alikes_share_a_skeleton(string original, string lookAlike)
    {
        Assert.Equal(DisplayNamePolicy.Skeleton(original), DisplayNamePolicy.Skeleton(lookAlike));
    }

    [Fact]
    public void Names_imitating_reserved_staff_words_are_detected()
    {
        string[] reserved = ["admin", "운영자"];

        Assert.True(DisplayNamePolicy.ImitatesReserved(DisplayNamePolicy.Skeleton("Real Аdm1n"), reserved));
        Assert.True(DisplayNamePolicy.ImitatesReserved(DisplayNamePolicy.Skeleton("친절한 운영자"), reserved));
        Assert.False(DisplayNamePolicy.ImitatesReserved(DisplayNamePolicy.Skeleton("Jamie Park"), reserved));
    }
}
