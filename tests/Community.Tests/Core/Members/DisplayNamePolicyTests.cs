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
    [InlineData("Modem", "Modern")]      // "rn" reads as "m"
    [InlineData("Moderator", "Mod_erator")]
    [InlineData("Rosie", "R0sie")]
    [InlineData("Émile", "Emile")]
    [InlineData("admin", "adm\u0456n")]          // Cyrillic і, then Latin i folds further: one pass was not enough
    [InlineData("admin", "adm\u0131n")]          // dotless ı
    [InlineData("admin", "adm\u03B9n")]          // Greek ι
    [InlineData("Alice Tester", "Al\u0456ce Tester")]
    [InlineData("admin", "\u1D00dmin")]          // ᴀ small capital A
    [InlineData("admin", "\uA4EEdmin")]          // ꓮ Lisu A
    [InlineData("paypal", "\U0001D52D\U0001D4B6\u1EFF\U0001D561\U0001D552\u2113")] // mathematical letters
    [InlineData("mod", "ｍｏｄ")]
    public void Look_alikes_share_a_skeleton(string original, string lookAlike)
    {
        Assert.Equal(DisplayNamePolicy.Skeleton(original), DisplayNamePolicy.Skeleton(lookAlike));
    }

    [Theory]
    [InlineData("김민지", "김민기")]
    [InlineData("Jamie Park", "Jamie Bark")]
    [InlineData("서하늘", "서하를")]
    [InlineData("Dana", "Dina")]
    public void Different_names_keep_different_skeletons(string one, string other)
    {
        Assert.NotEqual(DisplayNamePolicy.Skeleton(one), DisplayNamePolicy.Skeleton(other));
    }

    [Theory]
    [InlineData("Real Аdm1n", true)]
    [InlineData("Community Adm\u0456n", true)]
    [InlineData("친절한 운영자", true)]
    [InlineData("ｍｏｄ", true)]
    [InlineData("Mod Kim", true)]
    [InlineData("Official Store", true)]
    [InlineData("Jamie Park", false)]
    [InlineData("Modern Kim", false)]
    [InlineData("Edmond", false)]
    public void Names_imitating_reserved_staff_words_are_detected(string name, bool imitates)
    {
        string[] reserved = ["admin", "mod", "moderator", "staff", "official", "운영자", "관리자"];

        Assert.Equal(imitates, DisplayNamePolicy.ImitatesReserved(name, reserved));
    }
}
