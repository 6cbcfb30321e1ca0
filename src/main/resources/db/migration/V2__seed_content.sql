-- Seed content: the clinic's article on treatment after failed back surgery, rewritten in our own words
-- (facts, figures and citations kept), the treatment options it discusses, both offices and the seven
-- references it cites. Bibliographic fields that could not be confirmed are left null.

insert into reference (id, title, journal, journal_abbreviation, year, month, volume, issue, pages, doi, pmid, ama_citation)
values
    (1, 'Interventional pain management for failed back surgery syndrome', 'Pain Practice', 'Pain Pract',
     2013, 2, null, null, null, '10.1111/papr.12035', null,
     'Hussain A, Erdek M. Interventional pain management for failed back surgery syndrome. Pain Pract. Published online February 3, 2013. doi:10.1111/papr.12035'),
    (2, 'Spinal cord stimulation in pain management: a review', 'The Korean Journal of Pain', 'Korean J Pain',
     2012, 7, '25', '3', '143-150', '10.3344/kjp.2012.25.3.143', '22787543',
     'Jeon YH. Spinal cord stimulation in pain management: a review. Korean J Pain. 2012;25(3):143-150. doi:10.3344/kjp.2012.25.3.143'),
    (3, 'Asymptomatic same-site recurrent disc herniation after lumbar discectomy: results of a prospective longitudinal study with 2-year serial imaging',
     'Spine', 'Spine (Phila Pa 1976)',
     2011, 12, '36', '25', '2147-2151', '10.1097/BRS.0b013e3182054595', '21343849',
     'Lebow RL, Adogwa O, Parker SL, Sharma A, Cheng J, McGirt MJ. Asymptomatic same-site recurrent disc herniation after lumbar discectomy: results of a prospective longitudinal study with 2-year serial imaging. Spine (Phila Pa 1976). 2011;36(25):2147-2151. doi:10.1097/BRS.0b013e3182054595'),
    (4, 'Radicular pain in post lumbar surgery syndrome: the significance of transforaminal injection of steroids',
     'Pain Medicine', 'Pain Med',
     2012, 8, null, null, null, '10.1111/j.1526-4637.2012.01463.x', null,
     'Klessinger S. Radicular pain in post lumbar surgery syndrome: the significance of transforaminal injection of steroids. Pain Med. Published online August 8, 2012. doi:10.1111/j.1526-4637.2012.01463.x'),
    (5, 'The accuracy of MRI in the detection of lumbar disc containment', 'Journal of Orthopaedic Surgery and Research',
     'J Orthop Surg Res',
     2008, 10, '3', null, '46', '10.1186/1749-799X-3-46', null,
     'Weiner BK, Patel R. The accuracy of MRI in the detection of lumbar disc containment. J Orthop Surg Res. 2008;3:46. doi:10.1186/1749-799X-3-46'),
    (6, 'Efficacy of less invasive posterior lumbar interbody fusion as revision surgery for patients with recurrent symptoms after discectomy',
     'The Journal of Bone and Joint Surgery. British volume', 'J Bone Joint Surg Br',
     2011, 11, '93', '11', '1518-1523', null, null,
     'Lakkol S, Bhatia C, Taranu R, Pollock R, Hadgaonkar S, Krishna M. Efficacy of less invasive posterior lumbar interbody fusion as revision surgery for patients with recurrent symptoms after discectomy. J Bone Joint Surg Br. 2011;93(11):1518-1523.'),
    (7, 'Mindfulness-based stress reduction for low back pain. A systematic review',
     'BMC Complementary and Alternative Medicine', 'BMC Complement Altern Med',
     2012, 9, '12', '1', '162', '10.1186/1472-6882-12-162', '23009599',
     'Cramer H, Haller H, Lauche R, Dobos G. Mindfulness-based stress reduction for low back pain. A systematic review. BMC Complement Altern Med. 2012;12(1):162. doi:10.1186/1472-6882-12-162');
alter table reference alter column id restart with 8;

insert into reference_author (reference_id, position, family, given)
values (1, 0, 'Hussain', 'A'), (1, 1, 'Erdek', 'M'),
       (2, 0, 'Jeon', 'YH'),
       (3, 0, 'Lebow', 'RL'), (3, 1, 'Adogwa', 'O'), (3, 2, 'Parker', 'SL'), (3, 3, 'Sharma', 'A'),
       (3, 4, 'Cheng', 'J'), (3, 5, 'McGirt', 'MJ'),
       (4, 0, 'Klessinger', 'S'),
       (5, 0, 'Weiner', 'BK'), (5, 1, 'Patel', 'R'),
       (6, 0, 'Lakkol', 'S'), (6, 1, 'Bhatia', 'C'), (6, 2, 'Taranu', 'R'), (6, 3, 'Pollock', 'R'),
       (6, 4, 'Hadgaonkar', 'S'), (6, 5, 'Krishna', 'M'),
       (7, 0, 'Cramer', 'H'), (7, 1, 'Haller', 'H'), (7, 2, 'Lauche', 'R'), (7, 3, 'Dobos', 'G');

insert into treatment (slug, name, summary, description, category, invasiveness, typical_course,
                       typical_sessions_min, typical_sessions_max)
values
    ('prolotherapy', 'Comprehensive Prolotherapy',
     'A series of injections that strengthens weakened ligaments and other soft tissue so the spine becomes more stable without surgery.',
     $$Prolotherapy places injections into the ligaments and tendons that hold the spine together. The aim is to trigger repair so that lax tissue tightens, abnormal movement between vertebrae decreases and pain eases. It is offered both instead of disc surgery and after an operation that left the underlying instability in place. Patients who take narcotics or who have a spinal cord stimulator can be treated; for a stimulator, X-rays showing where the electrodes sit let the injections be placed safely.$$,
     'REGENERATIVE_INJECTION', 'MINIMALLY_INVASIVE',
     'Three to six sessions for most referred leg or arm pain; up to four when combined with nerve blocks for a true radiculopathy.',
     3, 6),
    ('platelet-rich-plasma', 'Platelet-rich plasma (PRP)',
     'Injections of a platelet concentrate made from the patient''s own blood to support the repair of injured soft tissue.',
     $$A small amount of the patient's blood is drawn and spun to concentrate its platelets, which carry growth factors involved in healing. The concentrate is injected into the damaged ligament, tendon or joint. The article names PRP as one of the non-surgical options worth considering when back pain continues after an operation.$$,
     'REGENERATIVE_INJECTION', 'MINIMALLY_INVASIVE', null, null, null),
    ('stem-cell-therapy', 'Stem cell therapy',
     'Injections of the patient''s own cells, usually taken from bone marrow or fat, to support the repair of damaged tissue.',
     $$Cells are collected from the patient, most often from bone marrow or fatty tissue, prepared the same day and injected where tissue is degenerated or injured. Like PRP, it is listed in the article among the regenerative alternatives to another operation.$$,
     'REGENERATIVE_INJECTION', 'MINIMALLY_INVASIVE', null, null, null),
    ('transforaminal-steroid-injection', 'Transforaminal steroid injection (nerve block)',
     'A steroid injected next to the nerve root where a disc herniation presses on it, for short-term relief of radicular pain.',
     $$The steroid is delivered through the opening where the nerve root leaves the spine, as close as possible to the herniated disc material. It reduces inflammation around the nerve and can give fast relief, but research on patients whose leg pain continued after disc surgery found that it helped only a minority. At the clinic it is used as an immediate measure for a true radiculopathy, up to three injections a week apart, while Prolotherapy works on the longer-term repair; steroids blunt part of the Prolotherapy effect, so they are kept to what pain control requires.$$,
     'INTERVENTIONAL', 'MINIMALLY_INVASIVE', 'Up to three injections, one week apart, alongside Prolotherapy.', 1, 3),
    ('spinal-cord-stimulation', 'Spinal cord stimulation',
     'An implanted device that sends a small electrical current to the spinal cord to damp pain signals when other treatments have failed.',
     $$Electrodes are placed in the space around the spinal cord and connected to a small implanted generator. Short of revision surgery it is the most invasive option for pain after back surgery. Studies report that it works and is cost-effective for carefully selected patients, but in the clinic's experience most people with a stimulator still need narcotic medication, and a permanent foreign device is rarely the ideal answer.$$,
     'NEUROMODULATION', 'INVASIVE', null, null, null),
    ('revision-surgery', 'Revision surgery and fusion',
     'A further operation, often a fusion, for pain that returns after discectomy; reserved for clear indications.',
     $$Revision surgery reopens the operated area, frequently to fuse the segment with bone graft and hardware. Reviews reserve it for specific problems such as worsening neurological deficits or failed instrumentation. Surgeons do not agree which revision technique is best, and one comparison concluded that none is clearly superior, which favours the least invasive choice when an operation is truly needed.$$,
     'SURGICAL', 'HIGHLY_INVASIVE', null, null, null),
    ('discectomy', 'Discectomy',
     'Surgical removal of the herniated part of a lumbar disc that presses on a nerve.',
     $$To reach the disc the surgeon moves muscle aside and cuts ligaments, which can leave the segment lax and unstable. Much of the disc, sometimes about 40 percent, stays behind because removing it would be risky, and it can herniate again at the same level; neighbouring levels can also break down later. Recurrent herniations seen on MRI in the two years after surgery are common and often painless.$$,
     'SURGICAL', 'INVASIVE', null, null, null),
    ('mindfulness-based-stress-reduction', 'Mindfulness-based stress reduction (MBSR)',
     'A structured meditation and body-awareness program used to help people cope with chronic pain.',
     $$MBSR teaches meditation, breathing and awareness practices over a course of group sessions. Mental strategies can make pain easier to live with, but they do not address the structural cause of pain after back surgery, which still needs treatment.$$,
     'MIND_BODY', 'NON_INVASIVE', null, null, null);

insert into treatment_evidence (treatment_id, position, finding, reference_id)
select t.id, e.position, e.finding, e.reference_id
from (values
    ('transforaminal-steroid-injection', 0,
     'Of 479 patients after microsurgical lumbar disc surgery, 69 (about 15%) still had radicular pain. A transforaminal steroid injection cut their pain by at least half in 26.8% of them, and in 43% of those without a recurrent disc herniation; the author judged it effective for only a minority of these patients.', 4),
    ('spinal-cord-stimulation', 0,
     'Described as the most invasive option short of revision surgery for failed back surgery syndrome, with several studies showing it works and is cost-effective in this group.', 1),
    ('spinal-cord-stimulation', 1,
     'A review found current stimulators reliable for chronic pain that did not respond to conservative treatment, including failed back surgery syndrome.', 2),
    ('revision-surgery', 0,
     'Back or leg pain returns after discectomy in up to 28% of patients; the revision procedures used for them give mixed results and none has been shown to be the most effective.', 6),
    ('revision-surgery', 1,
     'Revision is reserved for clear indications such as progressive neurological deficit or problems with earlier surgical hardware.', 1),
    ('discectomy', 0,
     'In a prospective study with two years of serial imaging, nearly one in four patients showed a same-level recurrent herniation on MRI after discectomy; most had no symptoms, and the silent recurrences had no clinical consequences over the two years.', 3),
    ('discectomy', 1,
     'MRI judged disc containment wrongly in about 30% of patients compared with what the surgeon found, so imaging alone can mislead surgical decisions.', 5),
    ('mindfulness-based-stress-reduction', 0,
     'A systematic review found inconclusive evidence that MBSR reduces pain intensity or disability in chronic low back pain, and limited evidence that it improves acceptance of pain.', 7)
) as e(slug, position, finding, reference_id)
join treatment t on t.slug = e.slug;

insert into location (slug, name, address_line1, address_line2, city, region, postal_code, country, phone, fax,
                      latitude, longitude, time_zone)
values
    ('oak-park', 'Chicagoland office', '715 Lake Street', 'Suite 600', 'Oak Park', 'IL', '60301', 'US',
     '+17083938266', '+18557791950', 41.8885, -87.7946, 'America/Chicago'),
    ('fort-myers', 'Southwest Florida office', '9738 Commerce Center Court', null, 'Fort Myers', 'FL', '33908', 'US',
     '+17083938266', '+18557791950', 26.5298, -81.8733, 'America/New_York');

-- The seed page gives no opening hours: these are placeholders for the clinic to confirm (see README).
insert into location_opening_hours (location_id, position, days, opens, closes)
select l.id, 0, array ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], time '08:00', time '17:00'
from location l;

insert into article (slug, title, summary, author_name, author_credentials, key_points, topics, published_at, updated_at)
values ('failed-back-surgery-syndrome-treatment-options',
        'Treatment options when back surgery has failed',
        'Why pain can continue or return after lumbar surgery, what studies show for steroid injections, spinal cord stimulation, revision surgery and mindfulness training, and where Comprehensive Prolotherapy fits.',
        'Ross Hauser', 'MD',
        array [
            'Steroid injections relieved radicular pain after disc surgery in only a minority of patients.',
            'A disc herniation on MRI in a patient without pain is not a reason to operate.',
            'As lumbar surgery becomes more common, so does failed back surgery syndrome.',
            'The syndrome means back or leg pain that persists after the spinal operation is complete.',
            'Non-surgical options include Prolotherapy, platelet-rich plasma and stem cell therapy.'],
        array ['failed-back-surgery-syndrome', 'low-back-pain', 'radiculopathy', 'disc-herniation', 'regenerative-medicine'],
        timestamptz '2013-04-15 12:00:00+00', timestamptz '2026-11-24 12:00:00+00');

insert into article_section (article_id, position, heading, paragraphs)
select a.id, s.position, s.heading, s.paragraphs
from article a
cross join (values
    (0, 'When the operation does not end the pain', array [
        $$Failed back surgery syndrome (FBSS) is the name doctors give to back pain, leg pain or both that continues after a lumbar operation has been completed. Pain specialists report that these patients now reach their clinics in very large numbers, and they expect the group to keep growing for as long as lumbar surgery keeps becoming more common [1].$$,
        $$An operation can leave a patient worse off rather than merely unimproved. To reach a disc during a discectomy, the surgeon pushes muscle aside and cuts ligaments, and that damage can leave the segment loose and unstable. A large part of the disc, sometimes around 40 percent, is deliberately left behind because removing it would be dangerous, and that remnant can herniate again.$$,
        $$Taking out a disc or fusing one level also moves stress onto the levels next to it. A pattern we see often is the patient whose operated level has healed while a neighbouring segment has since worn down, become unstable and started to hurt.$$]),
    (1, 'An abnormal scan is not a reason to operate', array [
        $$A prospective study imaged patients every few months for two years after lumbar discectomy. Close to one in four developed a recurrent herniation at the operated level, and most of them felt nothing from it; over the two years, a recurrence without symptoms made no clinical difference [3].$$,
        $$In practice this means that an MRI taken in the first two years after discectomy will often show changes that do not matter. If the patient has no pain, the image alone does not justify another operation.$$,
        $$Imaging can mislead before the first operation too. When MRI readings were checked against what surgeons actually found during microdiscectomy, the scan misjudged whether the disc was contained in roughly 30 percent of cases [5]. Findings that have nothing to do with the source of pain are a major reason back operations fail.$$]),
    (2, 'Steroid injections after disc surgery', array [
        $$Researchers in Germany followed 479 patients after microsurgical lumbar disc surgery; 69 of them, about 15 percent, kept radicular pain. A transforaminal steroid injection cut the pain by half or more in 26.8 percent of those 69, and in 43 percent of the patients who had no recurrent herniation [4].$$,
        $$The study's own conclusion was that the injection helps only a minority of people whose radicular pain persists after disc surgery.$$]),
    (3, 'Revision surgery', array [
        $$Back or leg pain comes back after discectomy in up to 28 percent of patients. Several operations are used to treat them with mixed success, and surgeons still disagree about which is best; one group concluded that no revision procedure is clearly superior, so the least invasive one is a reasonable choice [6].$$,
        $$A review of interventional options reserves revision surgery for particular situations, such as a worsening neurological deficit or trouble with implanted hardware [1]. Because every operation also injures healthy soft tissue, we do not consider another operation the best answer for most patients.$$]),
    (4, 'Spinal cord stimulation', array [
        $$Short of operating again, the most invasive option is spinal cord stimulation. Studies support its effectiveness and cost-effectiveness for patients with FBSS [1], and a review describes current devices as dependable for chronic pain that has not responded to conservative care [2].$$,
        $$A stimulator sends a small electrical current into the spinal cord to dampen pain signals. In our experience most patients who have one still need narcotic medication, and a permanent foreign device in the body is seldom the ideal solution.$$]),
    (5, 'Mindfulness-based stress reduction', array [
        $$Mindfulness-based stress reduction (MBSR) is a structured meditation and awareness program that is widely used for pain. A systematic review of MBSR for low back pain found the evidence inconclusive for pain intensity and disability, with limited evidence that it helps patients accept their pain [7].$$,
        $$Coping skills have real value, but accepting pain does not remove its cause, and that cause still needs treatment.$$]),
    (6, 'Comprehensive Prolotherapy after failed disc surgery', array [
        $$Comprehensive Prolotherapy uses a series of injections to strengthen weakened ligaments and other soft tissue in the spine, making it more stable without surgery. A steadier spine moves less abnormally, and that means less pain.$$,
        $$It can be an alternative to disc surgery, and it can also help after an operation that did not fix the underlying problem. Patients who take narcotics or have a spinal cord stimulator are welcome to book a consultation; stimulator patients should bring X-rays that show where the electrodes lie, so the injections can be placed safely.$$]),
    (7, 'Radiculopathy: pinched nerve or referred pain?', array [
        $$Radiculopathy means that a compromised nerve is causing symptoms in an arm or a leg. In our experience about 90 percent of people who arrive with a diagnosis of lumbar radiculopathy do not have a pinched nerve: their pain is referred from injured ligaments in the pelvis, lower back, neck or upper back, and it usually settles after three to six Prolotherapy sessions.$$,
        $$The remaining 10 percent with a true radiculopathy typically have severe pain, an acute disc herniation on MRI that matches their symptoms and examination, and an EMG that confirms the MRI.$$,
        $$For them we combine immediate relief with long-term repair. A steroid injection placed right at the herniation, a nerve block, calms the inflamed nerve, supported by muscle relaxants, occasionally oral steroids and sometimes a sleep aid, while Prolotherapy starts stabilising the area. Steroids blunt part of the Prolotherapy effect, but the patient needs relief now. We see the patient again after a week and repeat the injection if pain is still high, up to three times; from the second week further Prolotherapy sessions may follow, up to four in all.$$,
        $$The clinic has used this approach for years and, in its experience, it succeeds in about 90 percent of cases, herniated discs included. A small number of patients still need a surgical opinion and an operation, and we are glad to have surgeons as the second line of care.$$])
) as s(position, heading, paragraphs)
where a.slug = 'failed-back-surgery-syndrome-treatment-options';

insert into article_reference (article_id, citation_index, reference_id)
select a.id, r.id - 1, r.id
from article a
cross join reference r
where a.slug = 'failed-back-surgery-syndrome-treatment-options';

insert into article_treatment (article_id, position, treatment_id)
select a.id, t.position, tr.id
from article a
cross join (values
    (0, 'prolotherapy'), (1, 'platelet-rich-plasma'), (2, 'stem-cell-therapy'),
    (3, 'transforaminal-steroid-injection'), (4, 'spinal-cord-stimulation'), (5, 'revision-surgery'),
    (6, 'discectomy'), (7, 'mindfulness-based-stress-reduction')
) as t(position, slug)
join treatment tr on tr.slug = t.slug
where a.slug = 'failed-back-surgery-syndrome-treatment-options';
