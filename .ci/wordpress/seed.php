<?php
/*
 * Seeds the freshly installed CI WordPress with a spine and pain clinic's test content: two authors, two categories,
 * three tags, two images (drawn here with GD, then put through WordPress's upload path), three posts (block editor,
 * classic editor, block editor) and a page. Run by .ci/wordpress/start.sh right after install.php, with WP_CI_PORT in
 * the environment. Every date is fixed and the database is new on each run, so ids and URLs are the same every run.
 * See README.md beside this file for the list.
 */
require __DIR__ . '/bootstrap.php';
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/post.php';

function fail( $message ) {
	fwrite( STDERR, "wordpress: seed: $message\n" );
	exit( 1 );
}

/** The id, or the end of the run with the WP_Error's message. */
function ok( $result, $what ) {
	if ( is_wp_error( $result ) ) {
		fail( "$what: " . $result->get_error_message() );
	}
	if ( ! $result ) {
		fail( "$what failed" );
	}
	return $result;
}

// Written as the site's administrator would (unfiltered HTML: the markup is stored as given here).
wp_set_current_user( 1 );

// --- The default content wp_install() made: "Hello world!" with its comment, the sample page, the privacy draft. --
foreach ( get_posts( array( 'post_type' => array( 'post', 'page' ), 'post_status' => 'any', 'numberposts' => -1 ) ) as $default ) {
	wp_delete_post( $default->ID, true );
}
update_option( 'wp_page_for_privacy_policy', 0 );
update_option( 'blogdescription', 'Test content for the importer: spine, joint and pain care' );

// --- Authors --------------------------------------------------------------------------------------------------------
function author( $login, $first, $last, $registered, $bio ) {
	return ok(
		wp_insert_user(
			array(
				'user_login'      => $login,
				'user_pass'       => wp_generate_password( 24 ),
				'user_email'      => "$login@clinic.test",
				'user_nicename'   => $login,
				'display_name'    => "$first $last",
				'nickname'        => $login,
				'first_name'      => $first,
				'last_name'       => $last,
				'description'     => $bio,
				'role'            => 'author',
				'user_registered' => $registered,
			)
		),
		"user $login"
	);
}
$rhauser = author( 'rhauser', 'Ross', 'Hauser', '2023-01-09 08:00:00', 'Physician at the clinic; writes about back pain and what can be done without another operation.' );
$mkeller = author( 'mkeller', 'Marion', 'Keller', '2023-02-13 08:00:00', 'Writes about regenerative treatments and about rehabilitation after injury.' );

// --- Terms ----------------------------------------------------------------------------------------------------------
function term( $name, $taxonomy, $slug, $description = '' ) {
	$term = ok( wp_insert_term( $name, $taxonomy, array( 'slug' => $slug, 'description' => $description ) ), "term $name" );
	return (int) $term['term_id'];
}
$back_pain    = term( 'Back Pain', 'category', 'back-pain', 'Low back pain, sciatica and the spine.' );
$regenerative = term( 'Regenerative Medicine', 'category', 'regenerative-medicine', 'Treatments that help the body repair tissue.' );
$sciatica     = term( 'sciatica', 'post_tag', 'sciatica' );
$prolotherapy = term( 'prolotherapy', 'post_tag', 'prolotherapy' );
$steroid      = term( 'steroid injections', 'post_tag', 'steroid-injections' );
// WordPress needs a default category; Back Pain takes that role so that "Uncategorized" can go.
$uncategorized = (int) get_option( 'default_category' );
update_option( 'default_category', $back_pain );
ok( wp_delete_term( $uncategorized, 'category' ), 'deleting Uncategorized' );

// --- Images: drawn with GD, then through the upload path (wp_handle_sideload) into a fixed year/month folder -------
function draw_spine_jpeg( $path ) {
	$im = imagecreatetruecolor( 1200, 800 );
	for ( $y = 0; $y < 800; $y++ ) { // a dark blue to grey-blue background
		imageline( $im, 0, $y, 1199, $y, imagecolorallocate( $im, 24 + intdiv( $y, 16 ), 38 + intdiv( $y, 12 ), 64 + intdiv( $y, 10 ) ) );
	}
	$bone   = imagecolorallocate( $im, 236, 226, 204 );
	$shade  = imagecolorallocate( $im, 196, 182, 156 );
	$disc   = imagecolorallocate( $im, 112, 168, 214 );
	$nerve  = imagecolorallocate( $im, 242, 198, 64 );
	$label  = imagecolorallocate( $im, 255, 255, 255 );
	// The spinal cord's nerves run behind the bodies, along the lordotic curve.
	imagesetthickness( $im, 10 );
	$previous = null;
	for ( $i = 0; $i <= 20; $i++ ) {
		$y     = 70 + $i * 30;
		$x     = 720 + (int) ( 70 * sin( M_PI * $i / 20 ) );
		$point = array( $x, $y );
		if ( $previous ) {
			imageline( $im, $previous[0], $previous[1], $point[0], $point[1], $nerve );
		}
		$previous = $point;
	}
	imagesetthickness( $im, 1 );
	for ( $level = 0; $level < 5; $level++ ) {
		$top = 80 + $level * 118;
		$x   = 420 + (int) ( 80 * sin( M_PI * ( $level + 0.5 ) / 5 ) ); // the curve of the lower back
		// Vertebral body: a rounded block with a darker rim.
		imagefilledrectangle( $im, $x, $top + 12, $x + 220, $top + 78, $shade );
		imagefilledellipse( $im, $x + 110, $top + 12, 220, 24, $shade );
		imagefilledellipse( $im, $x + 110, $top + 78, 220, 24, $shade );
		imagefilledrectangle( $im, $x + 8, $top + 14, $x + 212, $top + 76, $bone );
		// Pedicle and spinous process reaching back past the nerves.
		imagefilledpolygon( $im, array( $x + 220, $top + 25, $x + 300, $top + 30, $x + 420, $top + 60, $x + 410, $top + 85, $x + 300, $top + 70, $x + 220, $top + 60 ), $bone );
		imagestring( $im, 5, $x + 95, $top + 38, 'L' . ( $level + 1 ), imagecolorallocate( $im, 90, 70, 50 ) );
		// The disc below it.
		if ( $level < 4 ) {
			imagefilledellipse( $im, $x + 115, $top + 99, 212, 30, $disc );
		}
	}
	imagefilledpolygon( $im, array( 460, 690, 720, 690, 700, 790, 520, 790 ), $shade ); // the top of the sacrum
	imagestring( $im, 5, 40, 760, 'Lumbar spine, lateral view (test image)', $label );
	imagejpeg( $im, $path, 85 );
	imagedestroy( $im );
}

function draw_injection_png( $path ) {
	$im    = imagecreatetruecolor( 900, 900 );
	$white = imagecolorallocate( $im, 255, 255, 255 );
	$grid  = imagecolorallocate( $im, 226, 232, 240 );
	$bone  = imagecolorallocate( $im, 214, 204, 184 );
	$edge  = imagecolorallocate( $im, 150, 136, 110 );
	$steel = imagecolorallocate( $im, 120, 128, 140 );
	$glass = imagecolorallocate( $im, 180, 214, 240 );
	$red   = imagecolorallocate( $im, 214, 40, 40 );
	$ink   = imagecolorallocate( $im, 40, 40, 48 );
	imagefilledrectangle( $im, 0, 0, 899, 899, $white );
	for ( $i = 0; $i < 900; $i += 50 ) {
		imageline( $im, $i, 0, $i, 899, $grid );
		imageline( $im, 0, $i, 899, $i, $grid );
	}
	// Two articular processes meeting at the facet joint, with a gap between them.
	imagefilledellipse( $im, 470, 430, 300, 190, $edge );
	imagefilledellipse( $im, 470, 430, 284, 174, $bone );
	imagefilledellipse( $im, 520, 620, 320, 200, $edge );
	imagefilledellipse( $im, 520, 620, 304, 184, $bone );
	imagesetthickness( $im, 6 );
	imageline( $im, 360, 520, 650, 535, $edge );
	// The needle, from the upper left to the joint line, and the syringe behind it.
	imagesetthickness( $im, 4 );
	imageline( $im, 150, 160, 500, 522, $steel );
	imagesetthickness( $im, 1 );
	imagefilledpolygon( $im, array( 60, 20, 110, 70, 180, 140, 150, 170, 80, 100, 30, 50 ), $glass );
	imagepolygon( $im, array( 60, 20, 110, 70, 180, 140, 150, 170, 80, 100, 30, 50 ), $ink );
	imagefilledellipse( $im, 500, 522, 22, 22, $red );
	imagestring( $im, 5, 540, 500, 'facet joint', $ink );
	imagestring( $im, 5, 230, 300, 'needle', $ink );
	imagestring( $im, 5, 30, 870, 'Injection diagram (test image)', $ink );
	imagepng( $im, $path );
	imagedestroy( $im );
}

/** Uploads the file as WordPress's media upload does, into uploads/$month, and makes its sizes. */
function upload_image( $draw, $filename, $month, $attachment ) {
	$tmp = wp_tempnam( $filename );
	$draw( $tmp );
	$file   = array(
		'name'     => $filename,
		'tmp_name' => $tmp,
		'error'    => 0,
		'size'     => filesize( $tmp ),
	);
	$upload = wp_handle_sideload( $file, array( 'test_form' => false ), $month );
	if ( isset( $upload['error'] ) ) {
		fail( "upload of $filename: " . $upload['error'] );
	}
	$id = ok(
		wp_insert_attachment(
			array_merge(
				$attachment,
				array(
					'post_mime_type' => $upload['type'],
					'guid'           => $upload['url'],
					'post_status'    => 'inherit',
					'post_content'   => '',
					'post_date_gmt'  => $attachment['post_date'],
				)
			),
			$upload['file'],
			0,
			true
		),
		"attachment $filename"
	);
	wp_update_attachment_metadata( $id, wp_generate_attachment_metadata( $id, $upload['file'] ) );
	return $id;
}

$jpeg = upload_image(
	'draw_spine_jpeg',
	'lumbar-spine-model.jpg',
	'2024/03',
	array(
		'post_title'   => 'Lumbar spine model',
		'post_name'    => 'lumbar-spine-model',
		'post_excerpt' => 'The lumbar spine, seen from the side.', // the caption
		'post_author'  => $rhauser,
		'post_date'    => '2024-03-11 14:05:00',
	)
);
update_post_meta( $jpeg, '_wp_attachment_image_alt', 'A model of the lower spine with its discs' );
$png = upload_image(
	'draw_injection_png',
	'injection-diagram.png',
	'2024/04',
	array(
		'post_title'  => 'Injection diagram',
		'post_name'   => 'injection-diagram',
		'post_author' => $mkeller,
		'post_date'   => '2024-04-01 10:15:00',
	)
);
update_post_meta( $png, '_wp_attachment_image_alt', 'Diagram of a needle reaching a facet joint' );

$jpeg_full  = wp_get_attachment_url( $jpeg );
$jpeg_large = wp_get_attachment_image_src( $jpeg, 'large' );
$png_medium = wp_get_attachment_image_src( $png, 'medium' );
if ( ! $jpeg_large[3] || ! $png_medium[3] ) {
	fail( 'the image sizes were not made (is php-gd installed?)' );
}

// --- Posts ----------------------------------------------------------------------------------------------------------
$post_a_url = home_url( '/2024/03/failed-back-surgery-what-next/' );
$post_b_url = home_url( '/2024/04/prolotherapy-low-back-pain/' );

/** Joins block-editor blocks as the editor saves them: a blank line between top-level blocks. */
function blocks( ...$blocks ) {
	return implode( "\n\n", $blocks );
}
function block( $name, $html, $attributes = null ) {
	$json = $attributes ? ' ' . wp_json_encode( $attributes, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) : '';
	return "<!-- wp:$name$json -->\n$html\n<!-- /wp:$name -->";
}
function paragraph( $html ) {
	return block( 'paragraph', "<p>$html</p>" );
}
function heading( $level, $text ) {
	return block( 'heading', "<h$level>$text</h$level>", 2 === $level ? null : array( 'level' => $level ) );
}
/** A WordPress 6.x list block: each item a core/list-item block; an item is a string or [text, nested list]. */
function list_block( $items, $ordered = false ) {
	$tag   = $ordered ? 'ol' : 'ul';
	$inner = array();
	foreach ( $items as $item ) {
		$html    = is_array( $item ) ? $item[0] . $item[1] : $item;
		$inner[] = block( 'list-item', "<li>$html</li>" );
	}
	return block( 'list', "<$tag>" . implode( "\n\n", $inner ) . "</$tag>", $ordered ? array( 'ordered' => true ) : null );
}

$post_a_content = blocks(
	paragraph( 'Some people still have pain in the lower back or down one leg months after an operation on the spine. Doctors call this <strong>failed back surgery syndrome</strong>, a label that describes where a patient stands and <em>not where they have to stay</em>: many find lasting relief without going back to the operating room [1].' ),
	heading( 2, 'Why pain can remain after surgery' ),
	paragraph( 'Scar tissue that forms around a nerve root, a disc that herniates again at the same level, and the extra strain placed on the levels next to a fusion are common reasons [2]. At times the operation repaired what it set out to repair, while the pain came from somewhere else all along, such as a facet joint or an overstretched ligament [3]. Our article on <a href="' . $post_b_url . '">prolotherapy for low back pain</a> explains one way of treating ligaments that have become lax.' ),
	list_block(
		array(
			'Pain that travels below the knee.',
			array( 'Numbness or tingling, most often felt in:', list_block( array( 'the outer edge of the foot;', 'the top of the big toe.' ) ) ),
			'Stiffness that grows worse after sitting for a long time.',
		)
	),
	heading( 3, 'Options to discuss with your doctor' ),
	list_block(
		array(
			'A fresh examination, with imaging that reflects your spine as it is today.',
			'Diagnostic injections that show which structure is producing the pain.',
			'A rehabilitation plan that rebuilds strength and confidence in movement.',
		),
		true
	),
	block( 'quote', '<blockquote class="wp-block-quote">' . paragraph( 'The operation changed my spine. It took months of steady rehabilitation to change the way I lived with it.' ) . '<cite>A patient of the clinic, 2023</cite></blockquote>' ),
	block(
		'image',
		'<figure class="wp-block-image size-full"><img src="' . $jpeg_full . '" alt="A model of the lower spine with its discs" class="wp-image-' . $jpeg . '"/><figcaption class="wp-element-caption">The lumbar spine, seen from the side.</figcaption></figure>',
		array( 'id' => $jpeg, 'sizeSlug' => 'full', 'linkDestination' => 'none' )
	),
	block(
		'embed',
		"<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>",
		array(
			'url'              => 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
			'type'             => 'video',
			'providerNameSlug' => 'youtube',
			'responsive'       => true,
			'className'        => 'wp-embed-aspect-16-9 wp-has-aspect-ratio',
		)
	),
	block( 'table', '<figure class="wp-block-table"><table><tbody><tr><td>Epidural steroid injection</td><td>Short-term relief of leg pain</td></tr><tr><td>Prolotherapy</td><td>Strengthens ligaments over several visits</td></tr></tbody></table></figure>' ),
	block( 'paragraph', '<p></p>' ),
	paragraph( 'Please bring a list of your earlier procedures, with their dates, to your first visit.' ),
	heading( 2, 'References' ),
	list_block(
		array(
			'Hussain A, Erdek M. Interventional pain management for failed back surgery syndrome. Pain Pract. 2014;14(1):64-78. doi:10.1111/papr.12035. PMID: 23374545',
			'Brandt LK, Osei KA, Whitcombe PR. Persistent low back and leg pain after lumbar surgery: a cohort study of non-surgical care. Spine J. 2023. doi:10.5555/clinic.test.0002. Epub ahead of print.',
			'Keller, M., &amp; Ortiz, L. (2021). Movement-based rehabilitation after lumbar fusion: A pilot study. Journal of Spine Rehabilitation, 12(3), 45–52. https://doi.org/10.5555/clinic.test.0003',
			'Hale R. Ligaments and the unstable spine, chapter 7 of Notes on conservative spine care (Lakeside Press, second edition), pages 101 to 118.',
		),
		true
	)
);

// Classic editor: no block comments, paragraphs separated by blank lines (wpautop adds the <p> on output), lists
// indented the way TinyMCE saved them.
$post_b_content = '<img class="alignright size-medium wp-image-' . $png . '" src="' . $png_medium[0] . '" alt="Diagram of a needle reaching a facet joint" width="' . $png_medium[1] . '" height="' . $png_medium[2] . '" />Prolotherapy treats ligaments and tendons that have become slack or frayed. A mild irritant, most often a dextrose solution, is injected where the ligament meets the bone, and the body answers by laying down new, firmer tissue [1].

[caption id="attachment_' . $jpeg . '" align="aligncenter" width="' . $jpeg_large[1] . '"]<img class="size-large wp-image-' . $jpeg . '" src="' . $jpeg_large[0] . '" alt="A model of the lower spine with its discs" width="' . $jpeg_large[1] . '" height="' . $jpeg_large[2] . '" /> The lumbar spine, seen from the side.[/caption]

<h2>Who may benefit</h2>
<ul>
 	<li>People whose back pain gets worse when they stand or bend.</li>
 	<li>People whose pain spreads into the buttock or thigh, for example:
<ul>
 	<li>pain that began with a fall or a lifting injury;</li>
 	<li>pain that comes back once steroid injections wear off.</li>
</ul>
</li>
 	<li>People who hope to avoid or postpone an operation.</li>
</ul>
If you have already had surgery, read <a href="' . $post_a_url . '">what comes next after failed back surgery</a> before you book a visit.

<blockquote>A ligament heals over weeks rather than days, which is why most patients come back for a short series of treatments.</blockquote>
<h3>References</h3>
<ol>
 	<li>Brandt LK, Osei KA, Whitcombe PR. Persistent low back and leg pain after lumbar surgery: a cohort study of non-surgical care. Spine J. 2023. doi:10.5555/clinic.test.0002. Epub ahead of print.</li>
 	<li>Navarro JP, Lindqvist H. Dextrose injections for sacroiliac joint pain: a randomised trial. Pain Med. 2022;23(4):612-620. doi:10.5555/clinic.test.0005</li>
</ol>';

$post_c_content = blocks(
	paragraph( 'Runners often treat a sore knee as something to push through. Pain at the front of the knee that gets worse on stairs or downhill, however, usually means a tendon or the cartilage behind the kneecap is under more load than it can handle.' ),
	heading( 2, 'When to rest and when to get help' ),
	paragraph( 'A few easy weeks with less mileage help in many cases. If the knee swells, locks or gives way, or if the pain is still there after a month, have it examined before you build up your distance again.' )
);

$page_content = blocks(
	paragraph( 'The clinic sees patients in two offices. Our first office is in Oak Park, Illinois, a short train ride west of downtown Chicago, where most of our spine and joint assessments take place.' ),
	paragraph( 'The second office is in Fort Myers, Florida. Many patients who spend the winter in the south continue their treatment series there, and both offices share the same records, so moving between them takes no extra paperwork.' )
);

function publish( $type, $author, $slug, $title, $date, $content, $category = null ) {
	$post = array(
		'post_type'     => $type,
		'post_status'   => 'publish',
		'post_author'   => $author,
		'post_name'     => $slug,
		'post_title'    => $title,
		'post_content'  => $content,
		'post_date'     => $date,
		'post_date_gmt' => $date,
	);
	if ( $category ) {
		$post['post_category'] = array( $category );
	}
	return ok( wp_insert_post( wp_slash( $post ), true ), "$type $slug" );
}
$post_a = publish( 'post', $rhauser, 'failed-back-surgery-what-next', 'Failed back surgery: what comes next', '2024-03-12 09:00:00', $post_a_content, $back_pain );
wp_set_object_terms( $post_a, array( $sciatica, $steroid ), 'post_tag' );
set_post_thumbnail( $post_a, $jpeg );
$post_b = publish( 'post', $mkeller, 'prolotherapy-low-back-pain', 'Prolotherapy for low back pain', '2024-04-02 09:00:00', $post_b_content, $regenerative );
wp_set_object_terms( $post_b, array( $prolotherapy, $sciatica ), 'post_tag' );
$post_c = publish( 'post', $rhauser, 'knee-pain-and-running', 'Knee pain and running', '2024-05-20 09:00:00', $post_c_content, $regenerative );
$page   = publish( 'page', $rhauser, 'about-our-offices', 'About our offices', '2024-01-15 09:00:00', $page_content );

// Each image belongs to the post it was uploaded for (set in the table, so that its modified date stays fixed).
$wpdb->update( $wpdb->posts, array( 'post_parent' => $post_a ), array( 'ID' => $jpeg ) );
$wpdb->update( $wpdb->posts, array( 'post_parent' => $post_b ), array( 'ID' => $png ) );
clean_post_cache( $jpeg );
clean_post_cache( $png );
// Publishing queues pingbacks and enclosure checks for WP-Cron, which is off here: nothing will ever run them.
foreach ( array( $post_a, $post_b, $post_c, $page ) as $id ) {
	delete_post_meta( $id, '_pingme' );
	delete_post_meta( $id, '_encloseme' );
}

// --- Pretty permalinks ---------------------------------------------------------------------------------------------
// The rules are flushed by rewrite.php, in a new process: categories and tags add their rules only when they are
// registered with pretty permalinks already on (wp-cli's "rewrite structure" does the same).
$wp_rewrite->set_permalink_structure( '/%year%/%monthnum%/%postname%/' );
if ( get_permalink( $post_a ) !== $post_a_url || get_permalink( $post_b ) !== $post_b_url ) {
	fail( 'unexpected permalinks: ' . get_permalink( $post_a ) . ' ' . get_permalink( $post_b ) );
}

fwrite(
	STDERR,
	'wordpress: seeded ' . wp_json_encode(
		array(
			'users'       => array( 'rhauser' => $rhauser, 'mkeller' => $mkeller ),
			'categories'  => array( 'back-pain' => $back_pain, 'regenerative-medicine' => $regenerative ),
			'tags'        => array( 'sciatica' => $sciatica, 'prolotherapy' => $prolotherapy, 'steroid-injections' => $steroid ),
			'attachments' => array( 'lumbar-spine-model.jpg' => $jpeg, 'injection-diagram.png' => $png ),
			'posts'       => array( 'A' => $post_a, 'B' => $post_b, 'C' => $post_c ),
			'page'        => $page,
		)
	) . "\n"
);
