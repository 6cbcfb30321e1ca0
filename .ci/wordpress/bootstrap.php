<?php
/*
 * Shared by install.php, seed.php and export.php, before each requires wp-load.php (at the top level, so that
 * WordPress's globals are global): makes PHP CLI look like a request to http://127.0.0.1:$WP_CI_PORT, so that
 * Debian's wp-config.php picks /etc/wordpress/config-127.0.0.1.php.
 */
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$wp_ci_port = getenv( 'WP_CI_PORT' );
if ( ! preg_match( '/^[0-9]+$/', (string) $wp_ci_port ) ) {
	fwrite( STDERR, "WP_CI_PORT is not set\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']       = '127.0.0.1:' . $wp_ci_port;
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['SERVER_PORT']     = $wp_ci_port;
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

// No mail leaves a CI machine (wp_install() would notify the admin): pluggable, so defined before WordPress loads.
function wp_mail( $to, $subject, $message, $headers = '', $attachments = array() ) {
	return true;
}
