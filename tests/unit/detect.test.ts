import { describe, expect, it } from 'vitest';
import { classifyPost, judgePost, mayBeRelevant, mayMentionGlutes, normalizeText, type ClaimId } from '@/utils/detect';
import { keywordBaseline } from '@/utils/detect/baseline';
import { ALL_PATTERNS } from '@/utils/detect/patterns';
import { foldUnicode } from '@/utils/detect/normalize';

// Our own casual social sentences (not corpus passages): [text, relevant, claims that must be present].
const POSTS: [string, boolean, ClaimId[]][] = [
  ['anyone else skip glutes on new clients?', true, ['routine-inclusion']],
  ['Glute massage today and my low back pain is finally gone 🙌', true, ['back-pain-release']],
  ['spent 10 min rolling out my piriformis on a lacrosse ball, sciatica way better', true, ['back-pain-release']],
  ['did some glute work on a client today, she was sooo tight', true, ['tight-needs-release']],
  ['working the gluteal area over the sheet keeps everyone comfortable with it', true, ['draping-comfort']],
  ['my therapist finally did my bum, hurts so good 😩', true, ['felt-release']],
  ['gluts were knotted after the long drive, massage gun to the rescue', true, ['tight-needs-release', 'sitting']],
  ['piriformus massage twice a week since my desk job started', true, ['sitting']],
  ['undies on or off for a butt massage?? asking for a friend', true, ['draping-comfort']],
  ['I never do glutes on first-time clients', true, ['routine-inclusion']],
  ['butt work at the gym today 💪 squats and hip thrusts', false, []],
  ['leg day: glute bridges, lunges, kickbacks. glutes on fire', false, []],
  ['best gluten-free massage oil? my skin hates wheat stuff', false, []],
  ['this traffic is a real pain in the butt lol', false, []],
  ['neck and shoulder massage after a long week, total bliss', false, []],
  ['rolled out my quads after the run, my glutes are just sore from the hills', false, []],
  ['my butt is numb from this 3 hour lecture', false, []],
  ['Massage tonight: neck, back, shoulders, arms, glutes, calves and feet.', false, []],
  ['no lying on my side for weeks after the BBL, zero pressure on the buttocks', false, []],
  ['had a neck massage today, my glutes are still wrecked from leg day', false, []],
  // A massage word that names a school, a course or an exam is not massage work; figures of speech with "butt".
  ['my butt fell asleep during the massage course lecture', false, []],
  ['Studying for my massage exam, been on my butt for hours', false, []],
  ['massage school kicked my butt today', false, []],
  ['massaged all day and my butt is dragging', false, []],
  ['Foam rolling my ass off today, hamstrings next', false, []],
  ['In massage school they told us never to do glutes', true, ['routine-inclusion']],
  ['Took a massage course on piriformis release, game changer', true, []],
  ['what a butt-kicking workout, need a massage now', false, []],
  ['Does anyone work the glutius medius side-lying? massage students here', true, []],
  ['gluteous max massage with the forearm, client melted', true, ['felt-release']],
  ["My glutes don't need massage, they need squats", true, ['weak-inhibited']],
  ["Glute massage won't cure your sciatica but it sure feels nice", true, ['felt-release']],
  // Hashtags glue the words together; "works your glutes" is hands-on with a therapist, training at the gym.
  ['#glutemassage #sportsmassage Tuesday vibes', true, []],
  ['#glutework #bodywork', true, []],
  ['#piriformisrelease after the long run', true, []],
  ['#gluteworkout #legday', false, []],
  ['POV: your therapist finally works your glutes 😭🙏', true, []],
  ['This exercise works your glutes like nothing else', false, []],
  // The thread the product grew from: glutes left out of a massage, by habit, by policy, by fear.
  ['Had a client in her 60s who said no one had ever worked her glutes before', true, ['routine-inclusion']],
  ['first massage in years and she never touched my butt, is that normal?', true, ['routine-inclusion']],
  ['Why do so many spas have a no-glute policy?', true, ['routine-inclusion']],
  ['I asked for glute work and she said her company forbids it', true, ['routine-inclusion']],
  ['My massage therapist asks every time before working on glutes. Love that.', true, ['draping-comfort']],
  ['glutes were locked up, worked on them for 20 min with my elbow', true, ['tight-needs-release']],
  ['Gluteal trigger points refer pain into the low back, treat them with massage', true, ['back-pain-release']],
  ['Every low back client gets glute work, it takes the pressure off their back', true, ['back-pain-release']],
  // A massage table, chair or appointment is a thing, not the work: it pairs only with a clear glute word.
  ['Anyone selling a used massage table? Mine finally gave out under me lol, landed on my butt', false, []],
  ['The new massage chair in our break room has a seat warmer for your bum', false, []],
  ['New booty shorts for the gym, then a massage appointment at 5', false, []],
  ['booked a massage appointment for my sore butt', true, []],
  ['Face down on the massage table, she went straight for my glutes', true, []],
  ['massage gun on my butt cheeks after the long flight, bliss', true, ['felt-release', 'sitting']],
  ['using a rolling pin on my butt lol desperate times', true, []],
  ['Male therapist here. I always explain glute work at intake and get a clear yes first.', true, ['draping-comfort']],
  ['I felt so exposed when she undraped my glutes without asking', true, ['draping-comfort']],
  ['my client keeps her leggings on, I still do glutes through them', true, ['draping-comfort']],
  // Session 12: a forearm on the glutes, glute med named in a list of what is worked, relief that says "no more".
  ['pro tip: forearm on the glutes, not your thumbs. save your hands', true, []],
  ['Working the QL and glute med together for SI joint pain has been a game changer', true, []],
  ['This exercise works the hamstrings and glutes like nothing else', false, []],
  ['The butt massage at the end of my sports massage was next level, no more low back ache', true, ['back-pain-release']],
  // A negated consent or underwear is still the topic; a person falling asleep is not a sleepy glute.
  ['Our spa policy is no glute work without written consent. thoughts?', true, ['draping-comfort']],
  ['she worked on my back and glutes and I literally fell asleep', true, []],
  // Time spent on a client's glutes is the work; a day spent on one's butt is sitting.
  ["Got told off by my manager for spending too long on a client's glutes", true, []],
  ['spent twenty minutes on her piriformis and the sciatica eased off', true, ['back-pain-release']],
  ['kids spend all day on their butts playing video games', false, []],
  ['I spend all day on my glutes at my desk job, no wonder my back hurts', false, []],
  // "Aren't firing" is the weak-glutes claim.
  ["My chiro says my glutes aren't firing. Should I get them massaged or strengthen them?", true, ['weak-inhibited']],
  // Session 13: a therapist who "didnt do" glutes, written without the apostrophe.
  ['my client said her last LMT didnt do butts, so I asked if she wanted glute work', true, ['routine-inclusion']],
  ["So many clients say 'nobody's ever done my glutes before'. Why is that??", true, ['routine-inclusion']],
  ["If you're not doing glutes on your low back clients you're missing half the picture", true, ['routine-inclusion']],
  ['I have never done glutes on a client, is that weird?', true, ['routine-inclusion']],
  // The slogan itself: "fix the back" is the back-pain link.
  ['Release the glutes, fix the back. Change my mind.', true, ['back-pain-release', 'tight-needs-release']],
  // A tool aimed at another area is not glute work; the glutes next in line ("then my glutes") are.
  ['My booty is sore from the stairmaster, massage gun on my quads tonight', false, []],
  ['My butt is killing me. Massage gun on my calves, then my glutes', true, []],
  ['massage gun on my hamstrings and glutes after the run', true, []],
  // A workout named after the glutes, a course for credits and a numb-bum figure of speech are not glute massage.
  ['Glute day at the gym then a massage appointment. Treat yo self', false, []],
  ['Glute bridges first, then a massage for my sore glutes', true, []],
  ['Sat on my butt for 3 hours doing massage CE online', false, []],
  ['Got a massage chair for my butt-numbing desk job, best purchase ever', false, []],
  // Pressure a therapist uses is hands-on; pressure a chair or a day of sitting puts on the glutes is a load.
  ['How much pressure do you use on glutes? I never know if I am going too deep', true, []],
  ['Sitting all day puts so much pressure on your glutes', false, []],
  ['cycling shorts with padding so there is less pressure on the butt', false, []],
  ['she put deep pressure on my glutes and I melted', true, ['felt-release']],
  // Time on the piriformis, and a trigger point in the glute, are the work.
  ['Sciatica flare-up, booked 90 min with extra time on the piriformis', true, []],
  ['Trigger point on the glute min lit up her whole leg. Wild.', true, []],
  // A massage "for the neck" is aimed at the neck; a glute massage "for the low back" and a massage for back pain are not.
  ["Pilates for the glutes, massage for the neck. That's my self-care Sunday", false, []],
  ['Glute massage for the low back? Yes, every time', true, []],
  ['I book a massage for the neck and glutes every month', true, []],
  ['massage for back pain works best when we include the glutes', true, ['routine-inclusion']],
  // Sciatica that is "finally calm" is relief; a "life saver" is how the work felt.
  ['Massage ball under the glute while driving, my sciatica is finally calm', true, ['back-pain-release', 'sitting']],
  ['glute massage before a long flight = life saver', true, ['felt-release', 'sitting']],
  // "Massage therapist here," and "Massage therapists:" name who writes or who is asked, not the work.
  ['Massage therapist here, my own glutes are killing me from standing all day', false, []],
  ['Massage therapists: how do you screen for glute med weakness? Trendelenburg test?', false, []],
  ['Massage therapists: do you work glutes prone or side-lying?', true, []],
  ['Is it weird to ask my massage therapist to focus on my butt? My sciatica is killing me', true, []],
];

describe('classifyPost on casual posts', () => {
  it.each(POSTS)('%s', (text, relevant, claims) => {
    const v = classifyPost(text);
    expect(v.relevant).toBe(relevant);
    for (const c of claims) expect(v.claims).toContain(c);
    if (!relevant) expect(v.claims).toEqual([]);
    expect(v.score >= 0.5).toBe(relevant);
  });

  it('does not read a person falling asleep on the table as glutes that are asleep', () => {
    const v = classifyPost('first massage ever, she worked on my glutes and I fell asleep on the table');
    expect(v.relevant).toBe(true);
    expect(v.claims).not.toContain('weak-inhibited');
    expect(classifyPost('glute massage today, my glutes are asleep from sitting all day').claims).toContain('weak-inhibited');
  });

  it('explains every verdict with spans whose offsets point into the normalised text', () => {
    const text = 'Glute massage  fixed my SCIATICA, what a relief!';
    const v = classifyPost(text);
    const norm = normalizeText(text);
    expect(v.spans.length).toBeGreaterThan(0);
    for (const s of v.spans) {
      expect(norm.slice(s.start, s.end)).toBe(s.text);
      expect(s.why.length).toBeGreaterThan(5);
      expect(s.from).toBe('text');
    }
    expect(v.spans.map((s) => s.rule)).toEqual(expect.arrayContaining(['glute-term', 'massage-term', 'claim:back-pain-release', 'claim:felt-release']));
    expect(v.spans.find((s) => s.rule === 'claim:back-pain-release')?.claim).toBe('back-pain-release');
  });

  it('shares one frozen verdict for texts the pre-filter turns away, so no caller can change another\'s', () => {
    const first = classifyPost('Coffee first, then emails. happy monday');
    expect(first).toEqual({ relevant: false, score: 0, claims: [], spans: [] });
    expect(() => first.claims.push('sitting')).toThrow(TypeError);
    expect(() => first.spans.push({} as never)).toThrow(TypeError);
    expect(classifyPost('Sunset walk with the dog').claims).toEqual([]);
  });

  it('shows a negation span and keeps negated claims out', () => {
    const never = classifyPost('I never do glutes on first-time clients');
    expect(never.spans.some((s) => s.rule === 'negation' && s.why.includes('never do glutes'))).toBe(true);
    const notTight = classifyPost("my glutes aren't tight at all, she just massaged them because we had time");
    expect(notTight.relevant).toBe(true);
    expect(notTight.claims).not.toContain('tight-needs-release');
    expect(notTight.spans.some((s) => s.rule === 'negation')).toBe(true);
  });

  it('drops a claim the same sentence takes back ("tight glutes aren\'t actually tight"), and only that one', () => {
    const denied = classifyPost("Hot take: most 'tight' glutes aren't actually tight, they're just weak. Massage still feels amazing tho");
    expect(denied.relevant).toBe(true);
    expect(denied.claims).not.toContain('tight-needs-release');
    expect(denied.claims).toEqual(expect.arrayContaining(['weak-inhibited', 'felt-release']));
    expect(denied.spans.some((s) => s.rule === 'negation' && s.text === "glutes aren't actually tight")).toBe(true);
    // Someone else's muscles said not to be tight take nothing back from the glutes.
    const other = classifyPost("My glutes were so tight, the massage sorted them, but my hamstrings aren't tight at all");
    expect(other.claims).toContain('tight-needs-release');
    // A denial in another sentence leaves this one's claim alone.
    expect(classifyPost("Glute massage for tight glutes today. Her hamstrings aren't tight though.").claims).toContain('tight-needs-release');
  });

  it('does not read back pain as claimed in a sentence that doubts the evidence for it', () => {
    const doubted = classifyPost('The research on glute massage for back pain is thin. I still do it because clients love it.');
    expect(doubted.relevant).toBe(true);
    expect(doubted.claims).not.toContain('back-pain-release');
    expect(doubted.spans.some((s) => s.rule === 'doubted')).toBe(true);
    expect(classifyPost('There is no good evidence that glute massage fixes sciatica').claims).not.toContain('back-pain-release');
    // "Actually" is no doubt about the evidence.
    expect(classifyPost('Glute massage actually fixed my back pain').claims).toContain('back-pain-release');
  });

  it('does not give the author a claim they only report to refute', () => {
    const refuted = classifyPost('People say glute massage fixes sciatica. That is a myth, there is no good evidence for it.');
    expect(refuted.relevant).toBe(true);
    expect(refuted.claims).not.toContain('back-pain-release');
    expect(refuted.spans.some((s) => s.rule === 'reported')).toBe(true);
    const quoted = classifyPost('"Tight glutes cause back pain, so massage them" - nope, not how it works, but glute massage feels great');
    expect(quoted.claims).not.toContain('back-pain-release');
    expect(quoted.claims).toContain('felt-release');
    const endorsed = classifyPost('Glute massage fixed my sciatica, no joke');
    expect(endorsed.claims).toContain('back-pain-release');
    // A bare "no" answering a quotation disputes it.
    const answered = classifyPost('"Always release the glutes" — no. Most glutes are weak, not tight.');
    expect(answered.claims).toEqual(['weak-inhibited']);
    expect(answered.spans.some((s) => s.rule === 'reported')).toBe(true);
    const ownSentence = classifyPost('They say "release the glutes for back pain". No. Weak glutes are the usual story');
    expect(ownSentence.claims).toEqual(['weak-inhibited']);
  });

  it('does not read weak evidence as weak glutes', () => {
    const v = classifyPost('People keep saying tight glutes cause back pain. The evidence is weak. I still massage glutes, clients feel great after');
    expect(v.relevant).toBe(true);
    expect(v.claims).not.toContain('weak-inhibited');
    expect(classifyPost('weak evidence or not, my glute massage clients with weak glutes need activation').claims).toContain('weak-inhibited');
  });

  it('does not read a question about back pain as the claim, unless it only sets the claim up', () => {
    const asked = classifyPost('Is glute massage even worth it for low back pain? Genuinely asking');
    expect(asked.relevant).toBe(true);
    expect(asked.claims).not.toContain('back-pain-release');
    expect(asked.spans.some((s) => s.rule === 'question')).toBe(true);
    expect(classifyPost('piriformis stretch vs massage, which helps sciatica more?').claims).not.toContain('back-pain-release');
    const setUp = classifyPost('Do you have back pain? Tight glutes may be behind it, so get them massaged.');
    expect(setUp.claims).toContain('back-pain-release');
    // An advert's question with the link in it, answered by a statement of the link.
    const advert = classifyPost('Stiff glutes causing that sore low back? Our therapists release the glutes first, and your back feels the difference.');
    expect(advert.claims).toContain('back-pain-release');
  });

  it('shows a massage table or appointment in why-flagged as the weaker cue it is', () => {
    const v = classifyPost('Anyone selling a used massage table? Mine gave out under me, landed on my butt');
    expect(v.relevant).toBe(false);
    expect(v.spans.find((s) => s.rule === 'massage-thing')?.text).toBe('massage table');
    expect(v.spans.some((s) => s.rule === 'massage-term')).toBe(false);
  });

  it('does not tag back pain blamed on weak glutes as back-pain-release', () => {
    const v = classifyPost('weak glutes cause my back pain, my massage therapist says, so she works on my glutes anyway');
    expect(v.relevant).toBe(true);
    expect(v.claims).toContain('weak-inhibited');
    expect(v.claims).not.toContain('back-pain-release');
  });

  it('reads comments with their parent post as context', () => {
    const agree = classifyPost('100% agree, every low back I see', 'Always release the glutes for back pain, my clients love it');
    expect(agree.relevant).toBe(true);
    expect(agree.claims).toContain('back-pain-release');
    expect(agree.spans.some((s) => s.from === 'context')).toBe(true);
    expect(agree.spans.some((s) => s.rule === 'reply-agrees' && s.from === 'text')).toBe(true);
    expect(classifyPost('same here!', 'My gluten-free banana bread recipe, enjoy').relevant).toBe(false);
    expect(classifyPost('same here!').relevant).toBe(false);
    expect(classifyPost('lol', 'Glute massage is the best part of my sessions').relevant).toBe(false);
    const dispute = classifyPost('nope, that is a myth', 'Tight glutes cause back pain, release them with massage');
    expect(dispute.relevant).toBe(true);
    expect(dispute.claims).toEqual([]);
  });

  it('reads pointing up, asking for a source and asking first as replies about the post', () => {
    const post = 'Tight glutes cause low back pain. Always release them, every client.';
    const pointing = classifyPost('this 👆', post);
    expect(pointing.relevant).toBe(true);
    expect(pointing.claims).toContain('back-pain-release');
    const source = classifyPost('Source? The research does not support that', post);
    expect(source.relevant).toBe(true);
    expect(source.claims).not.toContain('back-pain-release');
    expect(source.spans.some((s) => s.rule === 'reply-disagrees')).toBe(true);
    const consent = classifyPost('I always ask first, some people are shy about it', 'Nobody had ever massaged her glutes in 20 years. Why do therapists skip them?');
    expect(consent.relevant).toBe(true);
    expect(consent.claims).toContain('draping-comfort');
    // Clothes are a draping matter only when kept on; "intake" only as the intake.
    expect(classifyPost('Where did you get that leggings set?', 'Foam rolling your glutes after a day at the desk feels so good').relevant).toBe(false);
    expect(classifyPost('watch your protein intake too', 'Foam rolling your glutes after a day at the desk feels so good').relevant).toBe(false);
    // "Just shy of" is an amount, not modesty.
    expect(classifyPost('Spent just shy of ten minutes on her glutes in the massage').claims).not.toContain('draping-comfort');
  });
});

describe('general rules added for the fixture pages (our own sentences)', () => {
  it('reads releasing the glutes or the piriformis as saying they need release (tight-needs-release)', () => {
    expect(classifyPost('I always release the glutes before I touch the low back, every massage').claims).toContain('tight-needs-release');
    expect(classifyPost('Found the piriformis and slowly released it with my elbow during the massage').claims).toContain('tight-needs-release');
    // Releasing something else is not this claim.
    expect(classifyPost('Glute massage today, then I released the hamstrings').claims).not.toContain('tight-needs-release');
  });

  it('reads "release them" after a glute word as work on the glutes, in a massage setting only', () => {
    const v = classifyPost('tight glutes = back pain, change my mind. release them every session');
    expect(v.relevant).toBe(true);
    expect(v.spans.some((s) => s.rule === 'hands-on' && s.text === 'release them')).toBe(true);
    // Gym talk, or a pronoun with no glute word near it, stays out.
    expect(classifyPost('hip thrusts for the glutes, release them after').relevant).toBe(false);
    expect(classifyPost('My glutes are sore. Long week at work. Big projects. Time to release them for a session').relevant).toBe(false);
  });

  it('counts hot-stone work and pressure phrases without "on the" as hands-on', () => {
    expect(classifyPost('Ended with warm hot stones along her glutes, she fell asleep').relevant).toBe(true);
    expect(classifyPost('My piriformis was cranky. Gentle, steady pressure for a few minutes sorted it').relevant).toBe(true);
    expect(classifyPost('piriformis acting up again, blood pressure check at the doctor later').relevant).toBe(false);
  });

  it('finds felt-release, routine-inclusion, sitting and pain relief in everyday wording', () => {
    const has = (text: string, claim: ClaimId) => expect(classifyPost(text).claims, text).toContain(claim);
    has('Glute massage after the marathon did wonders', 'felt-release');
    has('rolling out my glutes on a lacrosse ball is a good ache, not a bad one', 'felt-release');
    has('I forgot how good it feels to get my glutes massaged', 'felt-release');
    has('Do you massage glutes for every client or only on request?', 'routine-inclusion');
    has('a regular told me nobody had ever worked on her glutes in a massage', 'routine-inclusion');
    has('our clinic dropped its no-glutes policy for sports massage', 'routine-inclusion');
    has('foam rolling my glutes after a whole day at the desk', 'sitting');
    has('she sits at a desk all day, so I massage her piriformis every visit', 'sitting');
    has('Three sessions of piriformis massage and her sciatica-type leg pain is way down', 'back-pain-release');
  });

  it('keeps back relief out of felt-release', () => {
    const v = classifyPost('I massaged his glutes and his low back felt so much better afterwards');
    expect(v.claims).not.toContain('felt-release');
  });

  it('keeps relaxation as a kind of massage or a reason to book out of felt-release', () => {
    const hasNot = (text: string) => expect(classifyPost(text).claims, text).not.toContain('felt-release');
    hasNot('New client in for general relaxation. Should I include glute massage?');
    hasNot('She booked a relaxation massage and asked me to skip her glutes');
    hasNot('Do you do glute work in a relaxing massage session or only in sports massage?');
    // How the glute work felt still counts, also next to the modality.
    expect(classifyPost('Glute massage is so relaxing, my whole body lets go').claims).toContain('felt-release');
    expect(classifyPost('Relaxation massage today and the glute work felt amazing').claims).toContain('felt-release');
  });

  const POST = 'Tight glutes are behind so much low back pain. I massage them on nearly every client and they say it feels amazing.';

  it('lets a reply with a self-massage tool but no glute word join a glute self-massage post', () => {
    const parent = 'Rolling out my glutes on the floor after work, so good';
    expect(classifyPost('Next time grab a massage ball for the stubborn bits', parent).relevant).toBe(true);
    expect(classifyPost('Next time grab a massage ball for the stubborn bits').relevant).toBe(false);
  });

  it('does not pass relevance to a reply that only talks glute exercise', () => {
    expect(classifyPost('Hip thrusts and glute bridges fixed everything for me', POST).relevant).toBe(false);
    expect(classifyPost('My glutes got massaged last week and it was great', POST).relevant).toBe(true);
  });

  it('gives a pure agreement every parent claim, and a pointed one only the claims it touches', () => {
    const pure = classifyPost('So true!', POST);
    expect(pure.claims).toEqual(classifyPost(POST).claims);
    expect(pure.claims).toEqual(expect.arrayContaining(['back-pain-release', 'tight-needs-release', 'felt-release']));
    const pointed = classifyPost('Agreed, nearly every sore back I treat', POST);
    expect(pointed.relevant).toBe(true);
    expect(pointed.claims).toContain('back-pain-release');
    expect(pointed.claims).not.toContain('felt-release');
    expect(pointed.claims).not.toContain('tight-needs-release');
  });

  it('keeps the disputed claims off a reply that pushes back', () => {
    const doubt = classifyPost('Not sure about that. The evidence that tight glutes cause back pain looks thin to me.', POST);
    expect(doubt.relevant).toBe(true);
    expect(doubt.claims).not.toContain('back-pain-release');
    expect(doubt.claims).not.toContain('tight-needs-release');
    const careful = classifyPost("I'd be careful with that, plenty of my clients have weak glutes rather than tight ones", POST);
    expect(careful.spans.some((s) => s.rule === 'reply-disagrees')).toBe(true);
    expect(careful.claims).toContain('weak-inhibited');
    expect(careful.claims).not.toContain('tight-needs-release');
  });
});

describe('normalizeText and the pre-filter', () => {
  it('folds case, diacritics, zero-width characters, entities, look-alikes and whitespace', () => {
    expect(normalizeText('GLÜTE\u200b  MAS&#83;AGE&amp;more\n')).toBe('glute massage&more');
    expect(normalizeText('ｇｌｕｔｅ ma\u00adssage')).toBe('glute massage');
    expect(normalizeText('glutе')).toBe('glute'); // Cyrillic е
  });

  it('folds ASCII-and-emoji text on its short path exactly as the full fold would', () => {
    const alphabet = ['a', 'Z', ' ', '.', '&', '#', '1', '\u200d', '\ufe0f', '🍑', '😩', '🙏🏽', '👍', '🧘', '🫶', '❤', '\u{1F3FB}', '\u{1FAFF}', '\u{1F300}'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(normalizeText(text), JSON.stringify(text)).toBe(foldUnicode(text).replace(/\s+/g, ' ').trim());
    }
    expect(normalizeText('Rolling out my GLUTES 😩\u200d🙏🏽\ufe0f')).toBe('rolling out my glutes 😩🙏🏽');
  });

  it('cannot be dodged: obfuscated glute words still get the full classifier', () => {
    for (const t of ['g\u200blute massage', 'glu&#116;e massage', 'ｇｌｕｔｅ massage', 'glüte massage', 'glu\ufe0fte massage', '𝐠𝐥𝐮𝐭𝐞 massage']) {
      expect(mayMentionGlutes(t)).toBe(true);
      expect(classifyPost(t).relevant).toBe(true);
    }
    expect(mayMentionGlutes('Sunset walk with the dog')).toBe(false);
    expect(mayMentionGlutes('so happy today ❤️ 🔥')).toBe(false);
  });

  it('skips the full rules only for texts that lack a glute word or any hands-on word', () => {
    for (const [text, relevant] of POSTS) if (relevant) expect(mayBeRelevant(text), text).toBe(true);
    for (const t of [
      'leg day: glute bridges and lunges 🔥', 'this traffic is a real pain in the butt lol', 'New hip flexor routine, feels great',
      // Hands-on stems inside other words: no hands-on cue can match there.
      'Glute bridges are my favourite homework', 'my butt hurts after football and the scrubbing',
    ]) {
      expect(mayBeRelevant(t), t).toBe(false);
    }
    expect(mayBeRelevant('Did my glutes today')).toBe(true); // "did ... glutes" can be hands-on in a massage setting
    expect(mayBeRelevant('glüte m\u00e1ssage')).toBe(true); // characters normalisation changes always go through
  });

  it('keeps the keyword baseline as specified', () => {
    expect(keywordBaseline('Butt massage today')).toBe(true);
    expect(keywordBaseline('glute work today')).toBe(false);
    expect(keywordBaseline('gluten free massage cake')).toBe(true); // the baseline's known weakness
  });

  it('exports every pattern it uses', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(30);
    for (const p of ALL_PATTERNS) expect(p).toBeInstanceOf(RegExp);
  });
});

describe('parent context is read once per run of comments, without leaking between posts', () => {
  it('gives the same verdicts whether contexts alternate or repeat', () => {
    const glute = 'I always release the glutes first, tight glutes cause so much low back pain.';
    const gluten = 'Gluten-free snack ideas for the clinic waiting room?';
    const reply = '100% agree, every low back I see';
    const alone = [classifyPost(reply, glute), classifyPost(reply, gluten)];
    const alternating = [glute, gluten, glute, gluten].map((ctx) => classifyPost(reply, ctx));
    expect(alternating[0]).toEqual(alone[0]);
    expect(alternating[1]).toEqual(alone[1]);
    expect(alternating[2]).toEqual(alone[0]);
    expect(alternating[3]).toEqual(alone[1]);
    expect(alone[0]!.relevant).toBe(true);
    expect(alone[1]!.relevant).toBe(false);
  });

  it('reads a comment under a post that is no match on its own, pre-filter first', () => {
    const unrelated = ['Gluten-free snack ideas for the clinic waiting room?', 'Happy birthday Sam! 🎂', 'Neck massage tips?'];
    const comments = [
      'Rolling out my glutes on a lacrosse ball, tight glutes cause my back pain', // a match on its own words
      'my butt is numb from this lecture', // a glute word and no hands-on word
      'So true!',
      'Booked a neck massage for Friday',
    ];
    for (const ctx of unrelated) {
      for (const text of comments) {
        expect(JSON.parse(JSON.stringify(classifyPost(text, ctx))), `${text} | ${ctx}`).toEqual(JSON.parse(JSON.stringify(classifyPost(text))));
        expect(JSON.parse(JSON.stringify(judgePost(text, ctx)))).toEqual(JSON.parse(JSON.stringify(judgePost(text))));
      }
      // What the pre-filter turns away gets the one shared verdict, as a post read on its own does.
      expect(judgePost('So true!', ctx)).toBe(judgePost('So true!'));
      expect(classifyPost('my butt is numb from this lecture', ctx).spans).toEqual([]);
    }
    expect(classifyPost(comments[0]!, unrelated[0]).claims).toEqual(classifyPost(comments[0]!).claims);
    expect(classifyPost(comments[0]!).relevant).toBe(true);
  });
});
