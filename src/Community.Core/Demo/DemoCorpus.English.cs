namespace Community.Core.Demo;

public static partial class DemoCorpus
{
    private static readonly Voice English = new(
        IsKorean: false,
        Topics:
        [
            new("wifi-pairing", AnyDevice, ["wifi", "smart-home"],
                "{p} won't pair with my mesh Wi-Fi|Pairing {p} fails at 80% with error E-204",
                """
                Setup gets to the **Connecting to network** step and then times out. My mesh system broadcasts one name for both bands.

                What I tried:
                - Rebooting the router and the device
                - Reinstalling the Haneul Home app
                - Standing right next to the router during setup
                """),
            new("wifi-nightly", AnyDevice, ["wifi"],
                "{p} drops offline every night around 2 am",
                "Every morning the app history shows the device went **offline** between 2 and 4 am, then came back. No other device in the house does this. Is there some power-saving mode I can turn off?"),
            new("wifi-5ghz", AnyDevice, ["wifi", "installation"],
                "Can I connect {p} to a 5 GHz network?",
                "My new router lets me disable 2.4 GHz and I'd like to run everything on **5 GHz only**. Does {p} support that, or do I need to keep a 2.4 GHz network around just for it?"),
            new("filter-interval", 0, ["filter"],
                "How often do you actually replace the {p} HEPA filter?",
                "The manual says every **6 months**, the app nagged me after 4. I live near a busy road. Is the reminder based on run time or on measured dust? Don't want to throw away a filter that's still fine."),
            new("filter-compatible", 0, ["filter", "warranty"],
                "Third-party filters for {p}: worth it or a warranty risk?",
                "Official filters are pricey. There are compatible ones online at half the price. Does using them **void the warranty**, and does the filter chip refuse non-official filters?"),
            new("filter-reset", 0, ["filter", "smart-home"],
                "{p} shows filter life 0% right after I installed a new one",
                "Swapped in a brand-new filter and held the `Filter reset` button for 3 seconds. The device light went green but the app still says **0% filter life**."),
            new("air-sensor", 0, ["sensor"],
                "{p} PM2.5 reading jumps to 300 when I cook, is that normal?",
                "Whenever I fry anything the display goes **deep red** and the fan roars for half an hour. The kitchen is open to the living room. Is the sensor overreacting or is it really that bad?"),
            new("whine", 0, ["noise"],
                "{p} makes a high-pitched whine on fan speed 2",
                "Speeds 1 and 3 are fine but speed 2 has a faint **whine**, loud enough to notice at night. It started about {months} months in. Anyone else?"),
            new("buying", 0, ["smart-home"],
                "{p} vs. two smaller purifiers for an open-plan apartment?",
                "Roughly 100 m² with living room and kitchen in one space. One {p} in the middle, or two smaller units? Would love to hear from people who've **actually measured** the difference."),
            new("louder-update", 1, ["noise", "firmware"],
                "{p} got much louder after the last update",
                "Since updating to `{fw}` the suction sounds like it's always on **Max**, even in Quiet mode. Did the update reset my cleaning preferences?"),
            new("battery-life", 1, ["battery"],
                "{p} battery only lasts 40 minutes now",
                "When new it cleaned the whole apartment on one charge. Now it gives up after the living room. The app says battery health is **Good**. Is the battery covered by the warranty?"),
            new("dock", 1, ["battery", "mapping"],
                "{p} can't find its dock in a dark hallway",
                "After each run it circles near the dock and then reports `Dock not found`. There's plenty of clearance on both sides. The floor is dark wood, could that matter?"),
            new("map-reset", 1, ["mapping"],
                "{p} forgets its map after I move furniture",
                "I rearranged the living room and now it builds a **new map** every run, throwing away my room names and no-go zones."),
            new("no-mop", 1, ["mapping", "feature-request"],
                "Is there a way to set no-mop zones on {p}?",
                "I want it to vacuum the rug but **never mop** it. I only see no-go zones, which block vacuuming too. Am I missing a setting?"),
            new("stuck-sofa", 1, ["mapping"],
                "{p} gets stuck under the sofa on every single run",
                "The gap under our sofa is just high enough for it to drive in and then get **wedged**. A virtual wall works but then it never cleans under there at all."),
            new("schedule-late", 2, ["schedule"],
                "{p} schedule runs an hour late since last week",
                "Heating now starts at 7:30 instead of 6:30. Time zone in the app is correct, and the thermostat's own clock shows the right time. Very confusing."),
            new("geofence", 2, ["schedule", "smart-home"],
                "Geofencing on {p} turns the heating on while I'm still at work",
                "Away mode is triggered by location. Twice this week the heating came on at 2 pm, although my phone ({phone}) never left the office. Is the **geofence radius** adjustable?"),
            new("c-wire", 2, ["installation"],
                "Does {p} need a C-wire?",
                "My old thermostat has only two wires. I'd like to install {p} myself. Will it run on batteries, or do I need an **adapter** or an electrician?"),
            new("temp-offset", 2, ["sensor"],
                "{p} reads 2°C higher than my other thermometer",
                "Mounted in the hallway. A separate thermometer says 20°C, {p} says 22°C. Is there a **calibration offset** somewhere in the app?"),
            new("apple-id", 3, ["app-login", "ios"],
                "Can't log in to the {p} with Apple ID after changing phones",
                "Moved to a new {phone}, signed in with Apple, and the app created a **brand-new empty account**. All my devices are on the old one."),
            new("login", 3, ["app-login", "android"],
                "The {p} asks me to log in again every time I open it",
                "It started a few days ago. I log in, everything works, close the app, open it again: login screen. Battery optimisation for the app is **off**."),
            new("sms-2fa", 3, ["app-login"],
                "Two-factor code for the {p} never arrives by SMS",
                "I turned on two-factor authentication and now I'm locked out because the **SMS code** never comes. Is there a backup method?"),
            new("family", 3, ["smart-home"],
                "How do I share device control with family in the {p}?",
                "My partner wants to control the purifier and the thermostat from her phone. Do we need **one shared login**, or is there a family feature?"),
            new("integrations", 3, ["smart-home", "feature-request"],
                "Does the {p} work with Google Home or SmartThings?",
                "I'm trying to put everything into one routine: lights off, vacuum starts, heating down. Which integrations are **officially supported** right now?"),
            new("fw-disconnect", AnyDevice, ["firmware", "wifi"],
                "{p} firmware {fw}: anyone else seeing disconnects?",
                "Since the {fw} update it goes **offline** every hour or two. Is there a way to roll back to the previous version?"),
            new("fw-version", AnyDevice, ["firmware"],
                "How do I check which firmware version my {p} is on?",
                "Support asked for the exact firmware build. The app only shows `{fw}`, but they say there is a longer build number somewhere. The device screen shows nothing useful."),
            new("warranty-cover", AnyDevice, ["warranty", "battery"],
                "What exactly does the {p} warranty cover?",
                "Is the warranty **two years for everything**, or are batteries, filters and brushes treated as consumables with a shorter cover?"),
            new("warranty-overseas", AnyDevice, ["warranty"],
                "Warranty claim for a {p} bought overseas",
                "I bought mine in Seoul and now live in Singapore. Will local service centres honour the **international warranty**, or do I have to ship it back?"),
            new("delivery-late", AnyDevice, ["delivery"],
                "Order for {p} stuck in 'preparing shipment' for 8 days",
                "Ordered from the official store, paid immediately, and the status hasn't moved for **8 days**. No email, no tracking number."),
            new("damaged", AnyDevice, ["delivery", "refund"],
                "{p} arrived with a cracked front panel, exchange or refund?",
                "The box looked fine but the front panel has a **hairline crack**. I took photos before unpacking everything. What's the fastest way to get it sorted?"),
            new("points-when", NoProduct, ["points", "membership"],
                "When do review points show up in my Haneul membership account?",
                "I posted a photo review nine days ago and the promised **2,000 points** still aren't there. How long does it usually take?"),
            new("tiers", NoProduct, ["membership"],
                "How are membership tiers calculated? Do community answers count?",
                "I answer a lot of questions here. Does that help me reach **Gold**, or is the tier purely about how much I spend?"),
            new("points-filters", NoProduct, ["points"],
                "Can I use membership points to buy replacement filters?",
                "I have about 12,000 points. Can they pay for filters and brushes in the official store, and can I **combine** them with a coupon?"),
            new("idea", AnyDevice, ["feature-request"],
                "Feature request: quiet hours for {p} notifications",
                """
                Love the product, but the app pings me at night for things that can wait. Suggestions:

                1. **Quiet hours** for non-urgent notifications
                2. A daily summary instead of single alerts
                3. Per-member notification settings for families
                """),
        ],
        TitlePrefixes: ["", "", "", "", "Help: ", "[Question] "],
        TitleSuffixes: ["", "", "", " (tried everything)", " - any ideas?"],
        Contexts:
        [
            "**Setup**\n- Device: {p}\n- Firmware: `{fw}`\n- Phone: {phone}\n- Owned for: {months} months",
            "For reference: latest Haneul Home app on a {phone}, firmware `{fw}`.",
            "Had it for {months} months and it was flawless until now.",
            "The support chatbot just keeps telling me to **restart the device**, so I'm asking here.",
        ],
        Closings:
        [
            "Thanks in advance!", "Any help appreciated.", "I've also opened a support ticket and will update here.",
            "Has anyone seen this before?", "Happy to post logs or screenshots if that helps.",
        ],
        Phones: ["iPhone 13", "iPhone 15", "Pixel 8", "Galaxy S24", "OnePlus 12"],
        Logs: new()
        {
            ["wifi-pairing"] = ["[pairing] step 3/4 timeout (E-204)\n[pairing] retry 1/3\n[pairing] failed: ap_not_found"],
            ["fw-disconnect"] = ["ota: current={fw}\nota: heartbeat lost after 3612s\nnet: reconnect attempt 1 failed (E-118)"],
            ["login"] = ["AuthError: token_expired (401)\nrefresh_token: invalid_grant"],
        },
        Answers: new()
        {
            ["wifi-pairing"] =
            [
                "Split your network into **separate 2.4 GHz and 5 GHz names**, at least during setup. {p} only speaks 2.4 GHz, and phones love to jump to 5 GHz mid-pairing.",
                "Had the same thing with a mesh system. Switching security from `WPA3` to `WPA2/WPA3 mixed` fixed it instantly.",
            ],
            ["wifi-nightly"] =
            [
                "Check whether your router has **client isolation** or a band-steering feature enabled. Turning band steering off solved the nightly drop-outs for me.",
            ],
            ["wifi-5ghz"] =
            [
                "Not yet: {p} has a 2.4 GHz radio only. Most routers can broadcast both bands, so keep 2.4 GHz on with its own name.",
            ],
            ["filter-interval"] =
            [
                "The reminder is based on **measured particle load**, not hours, so 4 months near a busy road is plausible. If the filter is grey all the way through, replace it.",
            ],
            ["filter-compatible"] =
            [
                "Third-party filters don't void the warranty by themselves, but damage caused by them isn't covered. Also, the app can't track their life.",
            ],
            ["filter-reset"] =
            [
                "Reset it from the app, not the button:\n\n1. Open the device\n2. Tap **Filter**\n3. Choose `I replaced the filter`",
            ],
            ["air-sensor"] =
            [
                "Frying really does put out that much PM2.5, so the sensor isn't lying. Run the hood fan as well and the spike drops much faster.",
            ],
            ["whine"] =
            [
                "A whine at one specific speed is usually a fan resonance. Check that the device stands level and the back cover is **clicked in all the way**.",
            ],
            ["louder-update"] =
            [
                "The update reset suction to **Auto** for a lot of people. Set Quiet again in the cleaning preferences and it should calm down.",
            ],
            ["battery-life"] =
            [
                "Losing 20-30% capacity in the first year or two is normal for Li-ion. The battery has a **12-month warranty**; after that it's a user-replaceable part.",
            ],
            ["dock"] =
            [
                "Dark floors absorb the dock's IR signal. Put the dock flat against a wall with about **1 m** clear in front and it finds it much more reliably.",
            ],
            ["map-reset"] =
            [
                "After big furniture changes, use **Map > Update existing map** instead of letting it create a new one. Room names and zones survive that way.",
            ],
            ["no-mop"] =
            [
                "No-mop zones are under **Map > Zones > Mop-free**. You need firmware `{fw}` or newer for the option to show up.",
            ],
            ["schedule-late"] =
            [
                "Check **Settings > Time & region** on the thermostat itself; the app and the device keep separate settings. Mine was set to automatic DST in the wrong region.",
            ],
            ["geofence"] =
            [
                "The geofence radius is adjustable under **Away > Location radius**. The default of 200 m is too tight in cities with poor GPS.",
            ],
            ["c-wire"] =
            [
                "{p} works without a C-wire using the included **power adapter kit**. With only two wires you can still install it yourself, just follow the adapter section of the guide.",
            ],
            ["temp-offset"] =
            [
                "Go to **Settings > Sensor calibration**, you can set an offset of up to ±3°C. Also avoid walls that get direct sun.",
            ],
            ["apple-id"] =
            [
                "Sign out, clear the app cache, and sign in again. If you use *Sign in with Apple*, make sure you pick **Share my email**, otherwise a new account is created.",
            ],
            ["login"] =
            [
                "Turn off battery optimisation for the app. On some Android phones it wipes the stored session every night.",
            ],
            ["sms-2fa"] =
            [
                "SMS codes are sometimes blocked by carriers. Use the **backup codes** you got when enabling two-factor, or switch to an authenticator app.",
            ],
            ["family"] =
            [
                "Use **Home > Members > Invite**. Each person keeps their own login, and you can limit what they're allowed to control.",
            ],
            ["integrations"] =
            [
                "Both work: add **Haneul Home** as a partner service in the Google Home or SmartThings app and sign in with your Haneul account.",
            ],
            ["fw-disconnect"] =
            [
                "The release notes for {fw} mention a fix for exactly these disconnects. Rollback isn't supported, so updating is the way forward.",
            ],
            ["fw-version"] =
            [
                "The version is under **Device > Settings > About**. You can also pull down on the device screen to force an update check.",
            ],
            ["warranty-cover"] =
            [
                "Two years on the main unit, **12 months on batteries**, and filters/brushes are consumables. Register the serial number in the app so you don't need the receipt later.",
            ],
            ["warranty-overseas"] =
            [
                "The international warranty is honoured in most markets, but repairs go through the local distributor. Have the **serial number and proof of purchase** ready.",
            ],
            ["delivery-late"] =
            [
                "Orders stuck in *preparing* usually mean a stock issue. Contact support with your order number; they can split the shipment or offer a refund.",
            ],
            ["damaged"] =
            [
                "Don't throw the box away. Open a return in **My orders > Request exchange** and attach the photos; damaged-on-arrival exchanges ship first.",
            ],
            ["points-when"] =
            [
                "Review points are credited after moderation, usually **3-5 business days**. You can spend them like cash on filters and accessories.",
            ],
            ["tiers"] =
            [
                "Tiers are based on the last 12 months of purchases. Accepted community answers earn **bonus points**, which count toward rewards but not the tier.",
            ],
            ["points-filters"] =
            [
                "Yes: points work like cash in the official store, filters included. Choose **Use points** at checkout.",
            ],
            ["idea"] =
            [
                "+1 for quiet hours. A **daily summary** would be even better, most alerts don't need to arrive instantly.",
            ],
        },
        GeneralAnswers:
        [
            "Unplug it completely, wait **a full minute**, then plug it back in. Sounds silly, but it fixes more than you'd expect.",
            "I had something very similar. Updating both the app and the device firmware sorted it out, so check your versions first.",
            "This one sounds like hardware. Send support the **serial number** and a short video of the problem; it speeds things up a lot.",
            "What model number does `Settings > About` show? Older batches have the menus in slightly different places.",
        ],
        StaffOpenings:
        [
            "Hi, this is the Haneul Home brand team. Sorry for the trouble!",
            "Official answer from Haneul Home support. Thanks for the detailed report.",
        ],
        Comments:
        [
            "Same here.", "+1, seeing exactly this.", "Which firmware are you on?", "This worked for me, thanks!",
            "What router do you have?", "Can you post a screenshot?", "Support told me the same thing.",
            "Didn't know that menu existed, nice.", "Hoping the next update fixes it.", "Factory reset did it for me.",
            "Thanks, will try tonight!", "Any update on this?", "Marking this so I can find it later.",
            "Did you get it repaired? Curious how long it took.",
        ]);
}
